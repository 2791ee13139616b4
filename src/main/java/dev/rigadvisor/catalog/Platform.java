package dev.rigadvisor.catalog;

/** Where the person will run things: an operating system (or any), portability, and whether CUDA is a must. */
public record Platform(String os, boolean portable, String cuda) {

    public Platform {
        os = os == null ? "any" : os;
        cuda = cuda == null ? "any" : cuda;
    }

    public boolean cudaRequired() {
        return "required".equals(cuda);
    }
}
