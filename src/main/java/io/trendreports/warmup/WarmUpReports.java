package io.trendreports.warmup;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.trendreports.source.LoadedFile;
import io.trendreports.source.Sha256;

/**
 * Two short editions of one report series, shaped like real inputs: numbered sections that name
 * organisations, sectors and models, so every step of the pipeline has something to do, including
 * the comparison between editions and its chart.
 */
final class WarmUpReports {

    private static final String TEMPLATE = """
            # Warm-up Report on AI Trends in %1$d

            ## 1. Continued Model Scaling
            In %1$d larger language models keep improving reasoning. OpenAI and Google train foundation \
            models on more data. Researchers report better benchmark results, while costs fall each year.

            ## 2. Regulatory Developments
            The European Union's AI Act sets obligations for providers of large models. Banks in finance \
            and hospitals in healthcare review their use of generative AI. Compliance teams grow.

            ## 3. Energy Efficiency
            Data centres use more energy. Quantization and smaller models such as Llama %2$d reduce the \
            carbon footprint of inference. Hardware vendors like NVIDIA ship efficient accelerators.
            """;

    private WarmUpReports() {
    }

    static List<LoadedFile> files() {
        return List.of(file(2023, 2), file(2024, 3));
    }

    private static LoadedFile file(int year, int modelVersion) {
        String text = String.format(TEMPLATE, year, modelVersion);
        return new LoadedFile("warm-up-" + year + ".md", Sha256.hex(text.getBytes(StandardCharsets.UTF_8)), text);
    }
}
