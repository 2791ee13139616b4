package dev.rigadvisor.catalog;

/** Where the person will run things: an operating system (or any), portability, and whether CUDA is a must. */
public record Platform(String os, Boolean portable, String cuda) {

    public Platform {
        os = os == null ? "any" : os;
        portable = portable != null && portable;
        cuda = cuda == null ? "any" : cuda;
    }

    public boolean cudaRequired() {
        return "required".equals(cuda);
    }
}
