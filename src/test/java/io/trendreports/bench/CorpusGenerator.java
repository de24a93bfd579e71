package io.trendreports.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes synthetic source reports shaped like the reference report: a title and ten
 * {@code ## N. Title} sections of about 120 words, each on one theme. Seeded and deterministic:
 * the same seed and count always give byte-identical files, so benchmark runs are comparable.
 *
 * <p>Usage, once the test classes are compiled (it needs nothing but the JDK):
 * {@code java -cp target/test-classes io.trendreports.bench.CorpusGenerator DIR COUNT [SEED]}
 */
public final class CorpusGenerator {

    private static final String[][] THEMES = {
        {"Continued Model Scaling", "Larger models with more parameters keep improving reasoning and knowledge.",
            "Scaling laws guide how much training data each additional billion parameters needs.",
            "Frontier labs train foundation models on thousands of accelerators for months.",
            "OpenAI's GPT-5 and Google's PaLM 3 illustrate the push toward ever larger models.",
            "The compute cost of scaling concentrates research in a few well-funded organizations."},
        {"Multimodal Capabilities", "Models now process images, audio and video as well as text.",
            "Multimodal assistants describe pictures, read charts and answer questions about screenshots.",
            "Combining modalities opens new applications in education, marketing and entertainment.",
            "Vision and speech inputs make assistants useful for accessibility.",
            "Video understanding remains expensive but is improving quickly."},
        {"Fine-tuning Innovations", "Fine-tuning adapts general models to specific tasks and industries.",
            "Reinforcement learning from human feedback (RLHF) aligns responses with user preferences.",
            "Parameter-efficient methods such as LoRA make customization cheap.",
            "Instruction tuning lets teams build assistants for customer service with few examples.",
            "Prompt engineering complements fine-tuning for quick adaptation."},
        {"Ethics and Bias Mitigation", "Bias audits of training data have become standard practice.",
            "Responsible AI teams review releases for fairness and harmful outputs.",
            "Red-teaming exercises expose failure modes before deployment.",
            "Transparency and accountability are demanded by users and regulators alike.",
            "Diverse representation in training data reduces discriminatory behaviour."},
        {"Energy Efficiency Improvements", "Energy efficiency is now a design goal for training and inference.",
            "New GPU and TPU architectures reduce the carbon footprint of large models.",
            "Efficient algorithms cut the power needed per generated token.",
            "Sustainable AI practices align with corporate environmental goals.",
            "Data centres report emissions from model training more openly."},
        {"Open Source Initiatives", "Open-source models give researchers weights they can inspect and modify.",
            "Communities like Hugging Face share models, datasets and evaluations.",
            "Open weights lower the barrier to entry for startups and universities.",
            "Reproducibility of research improves when models are openly available.",
            "The gap between open and closed models keeps shrinking."},
        {"Real-time Applications", "Real-time translation and live captioning are now widely available.",
            "Chatbots answer customer support requests instantly.",
            "Low latency inference enables streaming assistants on mobile devices.",
            "Real-time personalization adapts news feeds and recommendations.",
            "On-device models respond without a network round trip."},
        {"Regulatory Developments", "Regulators are drafting rules for the deployment of AI systems.",
            "The European Union's AI Act sets obligations for providers of large models.",
            "Compliance teams document risk assessments and data privacy measures.",
            "Healthcare and finance face the strictest transparency requirements.",
            "Governments consult industry on liability and copyright."},
        {"Cross-lingual Processing", "Multilingual models translate between languages with little loss of meaning.",
            "Cross-lingual transfer helps low-resource languages.",
            "Businesses use translation models to reach customers in new markets.",
            "Non-native speakers benefit from assistants that understand many languages.",
            "Evaluation benchmarks now cover dozens of languages."},
        {"Human-AI Collaboration", "Professionals increasingly treat AI models as collaborators.",
            "Copilots assist programmers, journalists and researchers in their daily workflows.",
            "Human-in-the-loop review keeps people in control of important decisions.",
            "Collaboration between humans and AI raises productivity and creativity.",
            "Intuitive interfaces help users incorporate AI outputs into their work."},
    };

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator DIR COUNT [SEED]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        List<Path> files = generate(Path.of(args[0]), Integer.parseInt(args[1]), seed);
        System.out.println("wrote " + files.size() + " reports to " + args[0]);
    }

    public static List<Path> generate(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            int year = 2018 + random.nextInt(8);
            Path file = dir.resolve(String.format(Locale.ROOT, "report-%05d-%d.md", i, year));
            Files.writeString(file, report(i, year, random), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    static String report(int number, int year, SplittableRandom random) {
        StringBuilder md = new StringBuilder();
        md.append("# Synthetic Report ").append(number).append(" on AI LLMs Development in ").append(year)
                .append("\n\n");
        for (int s = 1; s <= 10; s++) {
            String[] theme = THEMES[random.nextInt(THEMES.length)];
            md.append("## ").append(s).append(". ").append(theme[0]).append("\n");
            int words = 0;
            List<String> sentences = new ArrayList<>();
            while (words < 115) {
                String sentence = theme[1 + random.nextInt(theme.length - 1)];
                if (random.nextInt(3) == 0) {
                    sentence = "In " + year + ", " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
                }
                sentences.add(sentence);
                words += sentence.split("\\s+").length;
            }
            md.append(String.join(" ", sentences)).append("\n\n");
        }
        return md.toString();
    }
}
