package nl.tafelgenoot.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxSendJobTest {

    @Test
    void mailGoesOutEveryMinuteUnlessAnotherNumberOfSecondsIsSet() {
        assertThat(OutboxSendJob.interval(null)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSendJob.interval(" 5 ")).isEqualTo(Duration.ofSeconds(5));
        assertThat(OutboxSendJob.interval("0")).as("at least a second").isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxSendJob.interval("vijf")).isEqualTo(Duration.ofMinutes(1));
    }
}
