package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicCatalogTest {

    private static final TopicCatalog TOPICS = KnowledgeBase.load(Path.of("config")).topics();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            AI LLMs                           | Comprehensive Report on AI LLMs Development in 2024 | ai-llms                        | AI LLMs             | ''
            Large Language Models (LLMs)      | ''                                                  | ai-llms                        | AI LLMs             | ''
            large language model              | ''                                                  | ai-llms                        | AI LLMs             | ''
            Grands modèles de langage         | ''                                                  | ai-llms                        | AI LLMs             | ''
            Quantum Computing                 | Quantum Computing: Trends and Outlook 2025          | quantum-computing              | Quantum Computing   | ''
            Forex Market                      | Forex Market Trends Report Q3 2024                  | forex                          | Forex               | ''
            Urban Mobility                    | Urban Mobility Trends 2024                          | urban-mobility                 | Urban Mobility      | ''
            AI in Healthcare                  | State of AI in Healthcare 2025                      | ai-in-healthcare               | AI in Healthcare    | ai-llms
            Generative KI im Mittelstand      | Kurzstudie: Generative KI im Mittelstand 2024       | generative-ki-im-mittelstand   | Generative KI im Mittelstand | ai-llms
            Northwind Advisory                | Northwind Advisory — Generative AI Outlook          | northwind-advisory             | Northwind Advisory  | ai-llms
            German Travel Guide Book Market   | The German Travel Guide Book Market in the Age of AI | german-travel-guide-book-market | German Travel Guide Book Market | ''
            エアビーアンドビー                   | ''                                                  | エアビーアンドビー                  | エアビーアンドビー      | ''
            Региональный рынок                | ''                                                  | региональный-рынок             | Региональный рынок  | ''
            ''                                | State of AI 2024                                    | general                        | General             | ai-llms
            人工智能                           | 2024年人工智能发展趋势报告                             | 人工智能                         | 人工智能             | ai-llms
            Construction Industry             | Construction Industry Trends 2025                   | construction                   | Construction        | ''
            ''                                | Annual Report 2024                                  | general                        | General             | ''
            Artificial Intelligence in Healthcare | ''                                              | ai-in-healthcare               | Artificial Intelligence in Healthcare | ai-llms
            Electric Vehicles                 | ''                                                  | electric-vehicle               | Electric Vehicles   | ''
            LLMs AI                           | ''                                                  | ai-llms                        | AI LLMs             | ''
            Cryptocurrency and Blockchain     | ''                                                  | crypto                         | Crypto              | ''
            Bitcoin                           | Bitcoin in 2025                                     | bitcoin                        | Bitcoin             | ''
            Protocolo de Contexto de Modelo   | Relatório sobre o Protocolo de Contexto de Modelo (MCP) | mcp                        | MCP                 | ''
            Freight Market                    | Freight Market Trends (DRAFT)                       | freight-market                 | Freight Market      | ''
            Agentes de IA                     | ''                                                  | ai-agents                      | AI Agents           | ''
            Real Estate Agents                | ''                                                  | real-estate-agent              | Real Estate Agents  | ''
            AI in Construction                | ''                                                  | ai-in-construction             | AI in Construction  | ai-llms
            Yapay Zeka                        | ''                                                  | ai                             | Yapay Zeka          | ai-llms
            Intelligence artificielle en santé | ''                                                 | ai-en-sante                    | Intelligence artificielle en santé | ai-llms
            Fake News                         | ''                                                  | fake-news                      | Fake News           | ''
            AI大規模言語モデル                  | ''                                                  | ai-llms                        | AI LLMs             | ''
            """)
    void aNameIsAListedTopicOrItsOwnPlacedWithinOneByItsWords(String name, String title, String id, String label,
                                                             String within) {
        assertThat(TOPICS.resolve(name, title)).isEqualTo(new Topic(id, label, within));
    }

    @Test
    void aListedNameOfThreeWordsOrMoreIsAlsoKnownByItsInitials() {
        assertThat(TopicCatalog.initials("Large Language Models")).isEqualTo("llm");
        assertThat(TopicCatalog.initials("Retrieval Augmented Generation")).isEqualTo("rag");
        assertThat(TopicCatalog.initials("Quantum Computing")).isEmpty();
        assertThat(TOPICS.resolve("QIS", "")).isEqualTo(new Topic("quantum-computing", "Quantum Computing"));
    }
}
