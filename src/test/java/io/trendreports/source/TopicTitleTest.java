package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Comprehensive Report on AI LLMs Development in 2024 | AI LLMs
            AI LLMs: Trends and Developments (2023)               | AI LLMs
            State of AI in Healthcare 2025                        | AI in Healthcare
            Quantum Computing: Trends and Outlook 2025            | Quantum Computing
            What's Next for AI Agents in 2025                     | AI Agents
            Forex Market Trends Report Q3 2024                    | Forex Market
            Rapport sur les tendances de l'IA générative 2024     | IA générative
            Tendências em LLMs de IA 2024                         | LLMs de IA
            Bericht zur Entwicklung der Bauindustrie 2024         | Bauindustrie
            2024年人工智能发展趋势报告                              | 人工智能
            AI LLMs Development in 2023 (Illustrative Edition)    | AI LLMs
            Currency Markets Briefing: What Changed and What Comes Next | Currency Markets
            2025 Report: Quantum Computing                        | Quantum Computing
            The German Travel Guide Book Market in the Age of AI: A Strategic Market Debate Report | German Travel Guide Book Market
            Daily News Briefing: Cambodia–Thailand Border War     | Cambodia–Thailand Border War
            Relatório Final: Agentes de IA                        | Agentes de IA
            Go Developer Survey 2024 H2 Results                   | Go Developer
            Quantum Computing and Their Applications              | Quantum Computing
            Annual Report 2024                                    | ''
            Synthetic Report 12 on AI LLMs Development in 2020    | AI LLMs
            Field Study 3 about Soil Sensors                      | Soil Sensors
            Northwind Review on Freight Markets                   | Freight Markets
            Edge Robotics Senior Data Researcher                  | Edge Robotics
            Edge Robotics Reporting Analyst: Where the Field Stands | Edge Robotics
            Current Trends in the Freight Market                  | Freight Market
            Soil Sensors v2.1: Comprehensive Report               | Soil Sensors
            Qual o Futuro da Agricultura Vertical?                | Agricultura Vertical
            Urban Farming Capabilities and Ecosystem: In-Depth Report | Urban Farming
            Research Report                                       | ''
            Northwind Foods 2026 Market Analysis Report           | Northwind Foods
            Northwind Foods, Inc. Q3 2026 Earnings Review         | Northwind Foods, Inc.
            Market Research Brief: Vertical Farming in Europe     | Vertical Farming in Europe
            Comprehensive Research Document on Northwind Foods    | Northwind Foods
            2026年の垂直農法に関する詳細レポート                      | 垂直農法
            """)
    void theSubjectIsWhatIsLeftOnceReportWordsAndDatesAreGone(String title, String topic) {
        assertThat(TopicTitle.of(title)).isEqualTo(topic);
    }

    @Test
    void everyPartWithSubjectWordsIsKeptInOrderForTheCatalogToChooseFrom() {
        assertThat(TopicTitle.parts("Reading the Tea Leaves: An Exploration of Soil Sensors in 2026"))
                .containsExactly("Reading the Tea Leaves", "Soil Sensors");
        assertThat(TopicTitle.parts("Relatório Final de Pesquisa: Qual o Futuro dos Drones?")).containsExactly("Drones");
        assertThat(TopicTitle.parts("Executive Summary")).isEmpty();
    }
}
