package org.essor.evaluation.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The plan's axes and baseline figures, from the reference files the service ships. */
@ApplicationScoped
public class PlanReference {

    /** One of the plan's seven axes. */
    public record Axis(int number, String code, String title) {
    }

    /** A figure of the plan, with its qualifier ("plus de", "près de") and where the plan gives it. */
    public record Baseline(String code, BigDecimal value, String unit, String scope, String period, String sourceInPlan,
                           String qualifier, String note) {
    }

    private final List<Axis> axes = loadAxes();
    private final List<Baseline> baselines = loadBaselines();

    public List<Axis> axes() {
        return axes;
    }

    public List<Baseline> baselines() {
        return baselines;
    }

    public Optional<Baseline> baseline(String code) {
        return baselines.stream().filter(baseline -> baseline.code().equals(code)).findFirst();
    }

    private static List<Axis> loadAxes() {
        try (InputStream in = resource("reference/plan-axes.yaml")) {
            List<Map<String, Object>> entries = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
            List<Axis> axes = new ArrayList<>();
            for (Map<String, Object> entry : entries) {
                if (entry.get("number") != null) {
                    axes.add(new Axis(((Number) entry.get("number")).intValue(), (String) entry.get("code"),
                            (String) entry.get("title")));
                }
            }
            return List.copyOf(axes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Baseline> loadBaselines() {
        try (Reader in = new InputStreamReader(resource("reference/baseline-indicators.csv"), StandardCharsets.UTF_8)) {
            List<Baseline> baselines = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                baselines.add(new Baseline(record.get("indicator"), new BigDecimal(record.get("value")), record.get("unit"),
                        record.get("scope"), blankToNull(record.get("period")), record.get("source_in_plan"),
                        blankToNull(record.get("qualifier")), blankToNull(record.get("note"))));
            }
            return List.copyOf(baselines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The service ships without " + path);
        }
        return in;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
