package org.essor.programmes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** One reviewer's scores (0 to 10 per criterion) and comment on an application. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    Application application;

    String reviewer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "score")
    Map<String, Integer> scores = new HashMap<>();

    String comment;

    @Column(name = "reviewed_at")
    Instant reviewedAt;

    protected Review() {
    }

    Review(Application application, String reviewer) {
        this.id = UUID.randomUUID();
        this.application = application;
        this.reviewer = reviewer;
    }

    void score(Map<String, Integer> byCriterion, String comment, Instant at) {
        scores.clear();
        scores.putAll(byCriterion);
        this.comment = comment;
        this.reviewedAt = at;
    }

    /** Σ weight × score / Σ weight, on 10. */
    BigDecimal weighted(List<Criterion> criteria) {
        int weights = criteria.stream().mapToInt(Criterion::weight).sum();
        int total = criteria.stream().mapToInt(c -> c.weight() * scores.getOrDefault(c.code(), 0)).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    public String reviewer() {
        return reviewer;
    }

    public Map<String, Integer> scores() {
        return Map.copyOf(scores);
    }

    public String comment() {
        return comment;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
