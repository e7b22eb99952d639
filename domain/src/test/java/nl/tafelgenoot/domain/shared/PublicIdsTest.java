package nl.tafelgenoot.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicIdsTest {

    @Test
    void idsAreWellFormedAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = PublicIds.next();
            assertThat(PublicIds.isWellFormed(id)).isTrue();
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void junkIsRecognisedWithoutTheDatabase() {
        assertThat(PublicIds.isWellFormed("1")).isFalse();
        assertThat(PublicIds.isWellFormed("nieuw")).isFalse();
        assertThat(PublicIds.isWellFormed("ABCDEFGHIJKL")).as("I and L are not in the alphabet").isFalse();
        assertThat(PublicIds.isWellFormed(null)).isFalse();
    }
}
