package io.trendreports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineParserTest {

    private final CommandLineParser parser = new CommandLineParser();

    @Test
    void runWithFoldersBecomesPropertyOverrides() throws Exception {
        Command command = parser.parse("run", "--input=in", "--output=/tmp/out", "--force",
                "--trend.pdf.page-size=LETTER");

        assertThat(command.name()).isEqualTo(Command.Name.RUN);
        assertThat(command.force()).isTrue();
        assertThat(command.springArgs()).containsExactly("--trend.input=in", "--trend.output=/tmp/out",
                "--trend.pdf.page-size=LETTER");
    }

    @Test
    void historyTakesALimitAndStatusTheOutputFolder() throws Exception {
        assertThat(parser.parse("history", "--limit=5").limit()).isEqualTo(5);
        assertThat(parser.parse("history").limit()).isEqualTo(20);
        Command status = parser.parse("status", "--output=out");
        assertThat(status.name()).isEqualTo(Command.Name.STATUS);
        assertThat(status.springArgs()).containsExactly("--trend.output=out");
        assertThat(parser.parse("schedule", "--trend.schedule.cron=0 0 3 * * *").name())
                .isEqualTo(Command.Name.SCHEDULE);
    }

    @Test
    void workerTakesOnlyConfigurationKeys() throws Exception {
        Command worker = parser.parse("worker", "--trend.remote.enabled=true", "--trend.remote.worker-concurrency=2");
        assertThat(worker.name()).isEqualTo(Command.Name.WORKER);
        assertThat(worker.serve()).isFalse();
        assertThat(worker.springArgs()).containsExactly("--trend.remote.enabled=true",
                "--trend.remote.worker-concurrency=2");
        assertThatThrownBy(() -> parser.parse("worker", "--input=in")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown option --input for worker");
        assertThat(CommandLineParser.usage()).contains("worker   --trend.remote.enabled=true");
    }

    @Test
    void onlyServeAndScheduleWithServeStartTheWebServer() throws Exception {
        Command serve = parser.parse("serve", "--output=out", "--server.port=9090");
        assertThat(serve.name()).isEqualTo(Command.Name.SERVE);
        assertThat(serve.serve()).isTrue();
        assertThat(serve.springArgs()).containsExactly("--trend.output=out", "--server.port=9090");
        assertThat(parser.parse("schedule", "--serve").serve()).isTrue();
        assertThat(parser.parse("schedule").serve()).isFalse();
        assertThat(parser.parse("run").serve()).isFalse();
        assertThatThrownBy(() -> parser.parse("run", "--serve")).hasMessage("unknown option --serve for run");
        assertThatThrownBy(() -> parser.parse("serve", "--force")).hasMessage("unknown option --force for serve");
    }

    @Test
    void helpWinsWherePlaced() throws Exception {
        assertThat(parser.parse("--help").name()).isEqualTo(Command.Name.HELP);
        assertThat(parser.parse("run", "-h").name()).isEqualTo(Command.Name.HELP);
    }

    @Test
    void unknownOptionsAndCommandsAreOneLineErrors() {
        assertThatThrownBy(() -> parser.parse("run", "--verbose")).hasMessage("unknown option --verbose for run");
        assertThatThrownBy(() -> parser.parse("status", "--force")).hasMessage("unknown option --force for status");
        assertThatThrownBy(() -> parser.parse("history", "--limit=0"))
                .hasMessage("option --limit needs a positive number, not '0'");
        assertThatThrownBy(() -> parser.parse("start")).hasMessage("unknown command 'start'");
        assertThatThrownBy(() -> parser.parse()).hasMessage("no command given");
        assertThatThrownBy(() -> parser.parse("run", "--input")).hasMessage("option --input needs a value: --input=DIR");
        assertThatThrownBy(() -> parser.parse("run", "--output=")).hasMessage("option --output needs a value: --output=DIR");
    }

    @Test
    void usageDocumentsEveryExitCode() {
        assertThat(CommandLineParser.usage()).contains("0  completed").contains("1  run failed")
                .contains("2  usage error").contains("3  completed and published").contains("4  another run")
                .contains("5  stopped on request").contains("6  completed and published, but the input folder")
                .contains("7  status, history: the output folder does not exist").contains("8  status: no run");
    }
}
