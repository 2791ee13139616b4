package dev.rigadvisor.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ModelFromFileTest {

    static final int F32 = 0;
    static final int Q8_0 = 8;
    static final int Q4_K = 12;
    static final int Q6_K = 14;

    /** A Llama-shaped 8B header: 32 blocks, 32 query heads, 8 KV heads, 4096 wide, 128K context, Q4_K_M mix. */
    public static Path llama8b(Path dir) {
        GgufWriter w = new GgufWriter().text("general.architecture", "llama").text("general.name", "Test Llama 8B")
                .text("general.license", "apache-2.0").u32("llama.block_count", 32).u32("llama.context_length", 131072)
                .u32("llama.embedding_length", 4096).u32("llama.attention.head_count", 32)
                .u32("llama.attention.head_count_kv", 8).f32("llama.rope.freq_base", 500000f)
                .texts("tokenizer.ggml.tokens", "<s>", "</s>", "hello")
                .tensor("token_embd.weight", Q4_K, 4096, 128256)
                .tensor("output.weight", Q6_K, 4096, 128256)
                .tensor("output_norm.weight", F32, 4096);
        for (int b = 0; b < 32; b++) {
            w.tensor("blk." + b + ".attn_q.weight", Q4_K, 4096, 4096)
                    .tensor("blk." + b + ".attn_k.weight", Q4_K, 4096, 1024)
                    .tensor("blk." + b + ".attn_v.weight", Q6_K, 4096, 1024)
                    .tensor("blk." + b + ".attn_output.weight", Q4_K, 4096, 4096)
                    .tensor("blk." + b + ".ffn_gate.weight", Q4_K, 4096, 14336)
                    .tensor("blk." + b + ".ffn_up.weight", Q4_K, 4096, 14336)
                    .tensor("blk." + b + ".ffn_down.weight", Q6_K, 14336, 4096)
                    .tensor("blk." + b + ".attn_norm.weight", F32, 4096)
                    .tensor("blk." + b + ".ffn_norm.weight", F32, 4096);
        }
        return w.write(dir.resolve("test-llama-8b-Q4_K_M.gguf"));
    }

    /** Bytes of a tensor by the block layouts, written out here independently of GgmlType. */
    static long bytes(int type, long elements) {
        return switch (type) {
            case F32 -> elements * 4;
            case Q8_0 -> elements / 32 * 34;
            case Q4_K -> elements / 256 * 144;
            case Q6_K -> elements / 256 * 210;
            default -> throw new IllegalArgumentException();
        };
    }

    @Test
    void aGgufHeaderGivesTheSumOfItsTensorsBytesAndTheGeometry(@TempDir Path dir) throws IOException {
        Path file = llama8b(dir);
        GgufHeader h = GgufHeader.read(file);
        long expected = bytes(Q4_K, 4096L * 128256) + bytes(Q6_K, 4096L * 128256) + bytes(F32, 4096)
                + 32 * (bytes(Q4_K, 4096L * 4096 * 2 + 4096L * 1024 + 2 * 4096L * 14336) + bytes(Q6_K, 4096L * 1024
                + 14336L * 4096) + bytes(F32, 2 * 4096));
        assertEquals(expected, h.weightBytes());
        assertEquals(3 + 32 * 9, h.tensors().size());
        assertEquals(8_030_261_248L, h.parameters(), "the Llama 3 8B parameter count from the shapes");
        assertTrue(Files.size(file) < 100_000, "only the header is written and read");

        Model m = ModelFromFile.gguf(file, null);
        assertEquals("Test Llama 8B", m.name());
        assertEquals("test-llama-8b", m.id());
        assertEquals(8.03, m.totalParamsB(), 0.001);
        assertEquals(32, m.layers());
        assertEquals(8, m.kvHeads());
        assertEquals(128, m.headDim());
        assertEquals(131072, m.maxContextTokens());
        assertEquals("Q4_K_M", m.footprints().get(0).quantization(), "Q4_K holds most of the bytes");
        assertEquals(expected / 1e9, m.footprints().get(0).memoryGb(), 1e-9);
        assertTrue(m.commercialUse(), "apache-2.0");
        assertNull(m.activeParamsB());
    }

    @Test
    void aMixtureOfExpertsCountsTheUsedShareOfTheExpertTensorsAsActive(@TempDir Path dir) {
        GgufWriter w = new GgufWriter().text("general.architecture", "qwen3moe").u32("qwen3moe.block_count", 2)
                .u32("qwen3moe.attention.head_count", 32).i32s("qwen3moe.attention.head_count_kv", 4, 4)
                .u32("qwen3moe.attention.key_length", 128).u32("qwen3moe.expert_count", 128)
                .u32("qwen3moe.expert_used_count", 8).u32("qwen3moe.context_length", 262144);
        for (int b = 0; b < 2; b++) {
            w.tensor("blk." + b + ".attn_q.weight", Q8_0, 2048, 4096)
                    .tensor("blk." + b + ".ffn_up_exps.weight", Q8_0, 2048, 768, 128);
        }
        Model m = ModelFromFile.gguf(w.write(dir.resolve("moe.gguf")), "My MoE");
        double shared = 2 * 2048.0 * 4096 / 1e9;
        double experts = 2 * 2048.0 * 768 * 128 / 1e9;
        assertEquals(shared + experts, m.totalParamsB(), 0.001);
        assertEquals(shared + experts * 8 / 128, m.activeParamsB(), 0.001);
        assertEquals("my-moe", m.id());
        assertEquals(2, m.layers());
        assertEquals(4, m.kvHeads());
        assertEquals(Model.Architecture.moe, m.architecture());
    }

    @Test
    void aFileThatIsNotGgufOrIsCutShortIsOneClearError(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.gguf"), "hello, not a model");
        BadInput notGguf = assertThrows(BadInput.class, () -> ModelFromFile.gguf(text, null));
        assertTrue(notGguf.problem().contains("not a GGUF file"), notGguf.getMessage());

        Path whole = llama8b(dir);
        byte[] all = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(all, all.length / 2));
        BadInput shortFile = assertThrows(BadInput.class, () -> ModelFromFile.gguf(cut, null));
        assertTrue(shortFile.problem().contains("cut short"), shortFile.getMessage());
        assertTrue(shortFile.file().endsWith("cut.gguf"));
    }

    @Test
    void aHuggingFaceConfigGivesTheGeometryAndAsksForTheParameterCount(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), """
                {"model_type": "gemma3_text", "num_hidden_layers": 48, "num_attention_heads": 16,
                 "num_key_value_heads": 8, "head_dim": 256, "hidden_size": 3840, "sliding_window": 1024,
                 "sliding_window_pattern": 6, "max_position_embeddings": 131072}
                """);
        BadInput noCount = assertThrows(BadInput.class, () -> ModelFromFile.hfConfig(config, null, null, null));
        assertEquals("--params", noCount.file());
        Model m = ModelFromFile.hfConfig(config, "Gemma 3 12B local", 12.2, null);
        assertEquals(48, m.layers());
        assertEquals(8, m.kvHeads());
        assertEquals(256, m.headDim());
        assertEquals(Attention.Kind.sliding, m.attention().kind());
        assertEquals(8, m.attention().globalLayers(), "one global layer in six");
        assertEquals(1024, m.attention().window());
        assertEquals("gemma-3-12b-local", m.id());
    }
}
