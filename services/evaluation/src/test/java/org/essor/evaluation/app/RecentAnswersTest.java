package org.essor.evaluation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class RecentAnswersTest {

    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void keepsAnAnswerForItsLifetimeAndNoFailure() {
        RecentAnswers<String, Integer> answers = new RecentAnswers<>(Duration.ofHours(1), 10);

        assertThat(answers.get("2025", this::compute).await().indefinitely()).isEqualTo(1);
        assertThat(answers.get("2025", this::compute).await().indefinitely()).isEqualTo(1);
        assertThat(answers.get("2026", this::compute).await().indefinitely()).isEqualTo(2);

        assertThatThrownBy(() -> answers.get("2027", () -> Uni.createFrom().failure(new IllegalStateException("down")))
                .await().indefinitely()).hasMessage("down");
        assertThat(answers.get("2027", this::compute).await().indefinitely()).isEqualTo(3);
    }

    @Test
    void computesAfreshWithoutLifetimeAndPastItsCapacity() {
        RecentAnswers<String, Integer> none = new RecentAnswers<>(Duration.ZERO, 10);
        none.get("2025", this::compute).await().indefinitely();
        assertThat(none.get("2025", this::compute).await().indefinitely()).isEqualTo(2);

        RecentAnswers<String, Integer> small = new RecentAnswers<>(Duration.ofHours(1), 2);
        small.get("a", this::compute).await().indefinitely();
        small.get("b", this::compute).await().indefinitely();
        small.get("c", this::compute).await().indefinitely();
        assertThat(small.get("a", this::compute).await().indefinitely()).isEqualTo(6);
    }

    @Test
    void readersAskingWhileAnAnswerIsComputedShareIt() {
        RecentAnswers<String, Integer> answers = new RecentAnswers<>(Duration.ofHours(1), 10);
        Uni<Integer> first = answers.get("2025", this::compute);
        Uni<Integer> second = answers.get("2025", this::compute);

        assertThat(second.await().indefinitely()).isEqualTo(1);
        assertThat(first.await().indefinitely()).isEqualTo(1);
        assertThat(computed).hasValue(1);
    }

    private Uni<Integer> compute() {
        return Uni.createFrom().item(computed::incrementAndGet);
    }
}
