package org.essor.testing.servers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;

/**
 * Forgets the committed offsets of a service's consumer groups, so that its projections are rebuilt from offset
 * zero when it starts on a fresh database. The local launcher runs it when it creates a service's database:
 * {@code --bootstrap 127.0.0.1:9092 --prefix programmes.}
 */
public final class ConsumerGroups {

    private ConsumerGroups() {
    }

    public static List<String> deleteWithPrefix(String bootstrapServers, String prefix) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            List<String> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).filter(id -> id.startsWith(prefix)).toList();
            if (!groups.isEmpty()) {
                admin.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
            }
            return groups;
        }
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args);
        List<String> deleted = deleteWithPrefix(arguments.get("bootstrap", "127.0.0.1:9092"), arguments.require("prefix"));
        deleted.forEach(group -> System.out.println("reset consumer group " + group));
    }
}
