package org.essor.web.testapp;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** The editable fields of a widget. */
public record WidgetRequest(@NotBlank String name, @Positive @Max(1000) int size) {
}
