package org.essor.web.testapp;

import java.util.UUID;

public record WidgetView(UUID id, String name, int size, boolean archived, long version) {

    static WidgetView of(Widget widget) {
        return new WidgetView(widget.id, widget.name, widget.size, widget.archived, widget.version);
    }
}
