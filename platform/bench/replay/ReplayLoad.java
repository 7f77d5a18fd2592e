import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a generated history of the plan onto the seven topics the evaluation service reads, as the other services
 * publish it (CloudEvents in binary mode, keyed by aggregate, ce_sequence increasing per aggregate), for
 * platform/bench/evaluation-replay.sh. Launched as a single source file with the Kafka client's jars:
 *
 * <pre>
 *   java -cp "platform/servers/target/kafka/lib/*" platform/bench/replay/ReplayLoad.java BOOTSTRAP EVENTS [SEED]
 * </pre>
 *
 * Each enterprise brings its history: its 2 or 3 versions in the register; for some, a programme application (and, once
 * admitted, a participation with its coaching sessions), a financing application (and, once approved, its
 * disbursements and repayments), an event it organises with its registrations. Times run from 2018 to 2026. Exactly
 * EVENTS events are written (the last enterprise's history is cut short). Progress goes to stderr; stdout gets one
 * line per topic, "topic events-written end-offsets" (the end offsets summed over the topic's partitions, after the
 * writes: the records a replay from offset zero reads), then "total written end-offsets".
 */
public class ReplayLoad {

    static final String REGISTRY = "registry.enterprise.v1";
    static final String APPLICATIONS = "programmes.application.v1";
    static final String PARTICIPATIONS = "programmes.participation.v1";
    static final String FINANCING = "financing.application.v1";
    static final String PAYMENTS = "financing.payment.v1";
    static final String EVENTS = "calendar.event.v1";
    static final String REGISTRATIONS = "calendar.registration.v1";
    static final List<String> TOPICS = List.of(REGISTRY, APPLICATIONS, PARTICIPATIONS, FINANCING, PAYMENTS, EVENTS,
            REGISTRATIONS);

    static final Instant FIRST = Instant.parse("2018-01-08T08:00:00Z");
    static final Instant LAST_REGISTRATION = Instant.parse("2025-12-31T17:00:00Z");
    static final Instant END = Instant.parse("2026-11-30T18:00:00Z");
    static final String TRACEPARENT = "00-" + "4".repeat(32) + "-" + "5".repeat(16) + "-01";

    /** Occitanie's départements, weighted roughly by their number of ESS establishments. */
    static final String[] DEPARTEMENTS = weighted("31", 24, "34", 20, "30", 9, "66", 7, "11", 6, "81", 6, "12", 5,
            "65", 4, "82", 4, "46", 3, "32", 3, "09", 3, "48", 2);
    static final String[] NAF = {"88.99B", "94.99Z", "88.10B", "85.59A", "90.01Z", "93.12Z", "56.10A", "01.13Z",
            "38.32Z", "87.90B", "43.21A", "47.11F"};
    static final String[] HEADCOUNT = {"NN", "NN", "NN", "00", "01", "01", "02", "02", "03", "11", "12", "21", "22"};
    static final String[] SECTORS = {"AGRICULTURE", "CIRCULAR_ECONOMY", "CULTURE", "DISABILITY", "ENERGY_TRANSITION",
            "HEALTH", "HOUSING", "INTEGRATION_THROUGH_WORK", "LOCAL_ECONOMIC_CHAINS", "SERVICES_TO_PERSONS",
            "SOCIAL_AND_MEDICO_SOCIAL", "SOCIAL_TOURISM", "SPORT", "SUSTAINABLE_TERRITORIES"};
    static final String[] PROGRAMMES = weighted("REALIS", 5, "YESS_ACADEMIE", 4, "ALTER_VENTURE", 3, "DLA", 6,
            "ACTIV_ASSO", 4, "CATALIS", 2, "FABRIQUE_A_INITIATIVES", 2, "ACCOMPAGNEMENT_AGREMENT_ESUS", 2, "ALTER_INCUB", 1);
    static final String[] STAGES = {"EMERGENCE_CREATION", "DEVELOPMENT", "DEVELOPMENT", "SCALING"};
    static final String[] MILESTONES = {"BUSINESS_PLAN", "FIRST_HIRE", "FIRST_CUSTOMER", "FIRST_FINANCING",
            "ESUS_AGREEMENT", "NEW_ESTABLISHMENT"};
    static final String[] AXES = {"FAIRE_CONNAITRE", "ACCOMPAGNER", "INNOVATION_SOCIALE", "FINANCER", "FORMER",
            "RAYONNER", "COORDONNER"};
    static final String[] CATEGORIES = weighted("MOIS_ESS", 8, "PTIT_DEJ_ESS", 3, "WORKSHOP", 4, "TRAINING", 3,
            "CONFERENCE", 2, "NETWORKING", 2, "COVENTIS", 1, "RENCONTRES_FINANCEMENT", 1);

    record Instrument(String code, String kind, String provider, String scope, int min, int max) {
        String json() {
            return "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"provider\":\"" + provider + "\",\"scope\":\""
                    + scope + "\"}";
        }

        boolean repaid() {
            return kind.equals("LOAN") || kind.equals("HONOUR_LOAN") || kind.equals("REPAYABLE_ADVANCE")
                    || kind.equals("PARTICIPATIVE_LOAN");
        }
    }

    static final Instrument[] INSTRUMENTS = {
            new Instrument("PASS_OCCITANIE", "GRANT", "Région Occitanie", "REGIONAL", 3000, 20000),
            new Instrument("PASS_OCCITANIE", "GRANT", "Région Occitanie", "REGIONAL", 3000, 20000),
            new Instrument("CONTRAT_OCCITANIE", "GRANT", "Région Occitanie", "REGIONAL", 20000, 120000),
            new Instrument("FISO", "REPAYABLE_ADVANCE", "Bpifrance / Région Occitanie", "REGIONAL", 30000, 150000),
            new Instrument("PRET_HONNEUR_INITIATIVE", "HONOUR_LOAN", "Initiative Occitanie", "NATIONAL_REGIONAL", 3000, 25000),
            new Instrument("CONTRAT_APPORT_ASSOCIATIF", "QUASI_EQUITY", "France Active", "NATIONAL_REGIONAL", 5000, 30000),
            new Instrument("FRANCE_ACTIVE_PRETS_PARTICIPATIFS", "PARTICIPATIVE_LOAN", "France Active (Airdie, MPA)",
                    "NATIONAL_REGIONAL", 10000, 100000),
            new Instrument("GARANTIE_FRANCE_ACTIVE", "GUARANTEE", "France Active", "NATIONAL_REGIONAL", 5000, 45000),
            new Instrument("PRET_ESS_BPI", "LOAN", "Bpifrance", "NATIONAL", 50000, 100000)};

    /** One event to write. */
    record Event(String topic, String action, UUID subject, long sequence, Instant time, String json) {
    }

    final Random random;
    final Producer<String, byte[]> producer;
    final long limit;
    final Map<String, Long> written = new TreeMap<>();
    final AtomicLong acknowledged = new AtomicLong();
    final AtomicReference<Exception> failure = new AtomicReference<>();
    long sent;

    ReplayLoad(Producer<String, byte[]> producer, long limit, long seed) {
        this.producer = producer;
        this.limit = limit;
        this.random = new Random(seed);
        TOPICS.forEach(topic -> written.put(topic, 0L));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ReplayLoad BOOTSTRAP_SERVERS EVENTS [SEED]");
            System.exit(2);
        }
        String bootstrap = args[0];
        long events = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put("max.in.flight.requests.per.connection", "5");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        properties.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64L * 1024 * 1024));
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "essor-bench-replay-load");
        long started = System.nanoTime();
        ReplayLoad load;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            load = new ReplayLoad(producer, events, seed);
            load.run();
            producer.flush();
        }
        if (load.failure.get() != null) {
            throw new IllegalStateException("Kafka refused events", load.failure.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(Locale.ROOT, "Wrote %d events in %.1f s (%.0f events/s), %d acknowledged%n", load.sent, seconds,
                load.sent / seconds, load.acknowledged.get());
        Map<String, Long> ends = endOffsets(bootstrap);
        long totalEnds = 0;
        for (String topic : TOPICS) {
            System.out.println(topic + " " + load.written.get(topic) + " " + ends.getOrDefault(topic, 0L));
            totalEnds += ends.getOrDefault(topic, 0L);
        }
        System.out.println("total " + load.sent + " " + totalEnds);
    }

    /** The topics' end offsets, summed over their partitions. */
    static Map<String, Long> endOffsets(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "essor-bench-replay-ends");
        Map<String, Long> ends = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.endOffsets(partitions, Duration.ofSeconds(30))
                    .forEach((partition, offset) -> ends.merge(partition.topic(), offset, Long::sum));
        }
        return ends;
    }

    void run() {
        long reported = 0;
        while (sent < limit && failure.get() == null) {
            List<Event> history = enterpriseHistory();
            for (Event event : history) {
                if (sent == limit) {
                    break;
                }
                send(event);
            }
            if (sent - reported >= 50_000) {
                reported = sent;
                System.err.printf("  %d events%n", sent);
            }
        }
    }

    void send(Event event) {
        String[] parts = event.topic().split("\\.");
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", uuid().toString());
        header(headers, "ce_source", "/essor/" + parts[0]);
        header(headers, "ce_type", "essor." + parts[0] + "." + parts[1] + "." + event.action() + "." + parts[2]);
        header(headers, "ce_subject", event.subject().toString());
        header(headers, "ce_time", event.time().toString());
        header(headers, "ce_sequence", String.format("%019d", event.sequence()));
        header(headers, "traceparent", TRACEPARENT);
        header(headers, "content-type", "application/json");
        producer.send(new ProducerRecord<>(event.topic(), null, event.subject().toString(),
                event.json().getBytes(StandardCharsets.UTF_8), headers), (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    } else {
                        acknowledged.incrementAndGet();
                    }
                });
        written.merge(event.topic(), 1L, Long::sum);
        sent++;
    }

    static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    // --- one enterprise and what follows from it --------------------------------------------------------------

    List<Event> enterpriseHistory() {
        List<Event> events = new ArrayList<>();
        Enterprise enterprise = new Enterprise();
        Instant registered = between(FIRST, LAST_REGISTRATION);
        enterprise.register(events, registered);
        // Programme support for two enterprises in five, a few of them twice
        if (chance(0.40)) {
            programme(events, enterprise, after(registered, 10, 500));
            if (chance(0.15)) {
                programme(events, enterprise, after(registered, 400, 1500));
            }
        }
        // A creation project of a person, not yet an enterprise of the register
        if (chance(0.08)) {
            programme(events, null, between(FIRST, LAST_REGISTRATION));
        }
        if (chance(0.30)) {
            financing(events, enterprise, after(registered, 30, 900));
        }
        // One enterprise in twenty organises an event
        if (chance(0.05)) {
            calendarEvent(events, enterprise, after(registered, 20, 1200));
        }
        return events;
    }

    final class Enterprise {
        final UUID id = uuid();
        final String family;
        final String cooperativeKind;
        final String legalCategory;
        final String siren;
        final String rna;
        final String departement = pick(DEPARTEMENTS);
        final String departements;
        final LocalDate created;
        final String naf = pick(NAF);
        final String headcount = pick(HEADCOUNT);
        final String sectors;
        long version = -1;
        String status = "REGISTERED";
        String esus = "null";
        String struckOffOn = "null";
        String fte = "null";

        Enterprise() {
            double f = random.nextDouble();
            if (f < 0.72) {
                family = "ASSOCIATION";
                cooperativeKind = null;
                legalCategory = "9220";
            } else if (f < 0.86) {
                family = "COOPERATIVE";
                String[] kinds = {"SCOP", "SCOP", "SCIC", "CAE", "CUMA", "AGRICULTURAL"};
                cooperativeKind = pick(kinds);
                legalCategory = switch (cooperativeKind) {
                    case "CUMA" -> "6316";
                    case "AGRICULTURAL" -> "6317";
                    case "SCIC" -> "5560";
                    default -> "5458";
                };
            } else if (f < 0.90) {
                family = "MUTUAL";
                cooperativeKind = null;
                legalCategory = "8210";
            } else if (f < 0.92) {
                family = "FOUNDATION";
                cooperativeKind = null;
                legalCategory = "9300";
            } else {
                family = "COMMERCIAL_COMPANY";
                cooperativeKind = null;
                legalCategory = "5710";
            }
            boolean association = family.equals("ASSOCIATION");
            siren = association && chance(0.35) ? null : siren();
            rna = association ? "W" + departement.charAt(0) + departement.charAt(1) + digits(7) : null;
            String other = chance(0.12) ? pick(DEPARTEMENTS) : departement;
            departements = other.equals(departement) ? "[\"" + departement + "\"]"
                    : other.compareTo(departement) < 0 ? "[\"" + other + "\",\"" + departement + "\"]"
                    : "[\"" + departement + "\",\"" + other + "\"]";
            created = LocalDate.of(1960 + random.nextInt(58), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String first = pick(SECTORS);
            String second = pick(SECTORS);
            sectors = chance(0.2) ? "[]" : first.equals(second) ? "[\"" + first + "\"]"
                    : first.compareTo(second) < 0 ? "[\"" + first + "\",\"" + second + "\"]"
                    : "[\"" + second + "\",\"" + first + "\"]";
        }

        /** Its two or three versions in the register. */
        void register(List<Event> events, Instant at) {
            events.add(next("registered", at));
            Instant second = after(at, 5, 120);
            if (chance(0.6)) {
                status = "VERIFIED";
                events.add(next("verified", second));
            } else {
                fte = String.format(Locale.ROOT, "%.2f", 0.5 + random.nextInt(4000) / 100.0);
                events.add(next("updated", second));
            }
            if (chance(0.5)) {
                Instant third = after(second, 30, 900);
                double what = random.nextDouble();
                if (what < 0.25 && status.equals("VERIFIED")) {
                    LocalDate granted = date(third);
                    esus = "{\"grantedOn\":\"" + granted + "\",\"validUntil\":\"" + granted.plusYears(5) + "\"}";
                    events.add(next("esus-agreement-granted", third));
                } else if (what < 0.35) {
                    status = "STRUCK_OFF";
                    struckOffOn = "\"" + date(third) + "\"";
                    events.add(next("struck-off", third));
                } else if (what < 0.70) {
                    fte = String.format(Locale.ROOT, "%.2f", 0.5 + random.nextInt(6000) / 100.0);
                    events.add(next("figures-declared", third));
                } else {
                    events.add(next("updated", third));
                }
            }
        }

        Event next(String action, Instant at) {
            version++;
            return new Event(REGISTRY, action, id, version, at, json());
        }

        String sirets() {
            if (siren == null) {
                return "[]";
            }
            return "[\"" + siret(siren, 1) + "\"" + (departements.contains(",") ? ",\"" + siret(siren, 2) + "\"" : "") + "]";
        }

        String json() {
            return "{\"enterprise\":{\"enterpriseId\":\"" + id + "\",\"version\":" + version + ",\"siren\":"
                    + quoted(siren) + ",\"sirets\":" + sirets() + ",\"rna\":" + quoted(rna)
                    + ",\"legalName\":\"Entreprise " + id.toString().substring(0, 8) + "\",\"legalCategory\":\""
                    + legalCategory + "\",\"legalFamily\":\"" + family + "\",\"cooperativeKind\":" + quoted(cooperativeKind)
                    + ",\"essBasis\":\"" + (family.equals("COMMERCIAL_COMPANY") ? "COMMERCIAL_ESS_COMPANY" : "STATUTORY_FAMILY")
                    + "\",\"creationDate\":\"" + created + "\",\"headOfficeDepartement\":\"" + departement
                    + "\",\"departements\":" + departements + ",\"nafCode\":\"" + naf + "\",\"nafVersion\":\"NAF_REV2\","
                    + "\"headcountBracket\":\"" + headcount + "\",\"declaredFte\":" + fte + ",\"sectors\":" + sectors
                    + ",\"esus\":" + esus + ",\"status\":\"" + status + "\",\"struckOffOn\":" + struckOffOn + "}}";
        }
    }

    /** An application to a programme and, once admitted, the participation with its coaching sessions. */
    void programme(List<Event> events, Enterprise enterprise, Instant submitted) {
        UUID application = uuid();
        UUID call = uuid();
        String programme = pick(PROGRAMMES);
        String stage = enterprise == null ? "EMERGENCE_CREATION" : pick(STAGES);
        String departement = enterprise == null ? pick(DEPARTEMENTS) : enterprise.departement;
        String kind = enterprise == null ? "PERSON" : "ENTERPRISE";
        UUID enterpriseId = enterprise == null ? null : enterprise.id;
        String score = chance(0.7) ? String.format(Locale.ROOT, "%.2f", 4 + random.nextInt(600) / 100.0) : "null";
        long version = 1;
        events.add(application(application, call, programme, stage, departement, kind, enterpriseId, "submitted",
                "SUBMITTED", version, submitted, "null"));
        Instant decided = after(submitted, 15, 90);
        double outcome = random.nextDouble();
        if (outcome < 0.10) {
            events.add(application(application, call, programme, stage, departement, kind, enterpriseId, "waitlisted",
                    "WAITLISTED", ++version, decided, score));
            decided = after(decided, 10, 60);
            outcome = chance(0.5) ? 0 : 0.9;
        }
        if (outcome < 0.62) {
            events.add(application(application, call, programme, stage, departement, kind, enterpriseId, "admitted",
                    "ADMITTED", ++version, decided, score));
            participation(events, application, call, programme, stage, departement, kind, enterpriseId, after(decided, 5, 30));
        } else if (outcome < 0.95) {
            events.add(application(application, call, programme, stage, departement, kind, enterpriseId, "rejected",
                    "REJECTED", ++version, decided, score));
        } else {
            events.add(application(application, call, programme, stage, departement, kind, enterpriseId, "withdrawn",
                    "WITHDRAWN", ++version, decided, "null"));
        }
    }

    Event application(UUID id, UUID call, String programme, String stage, String departement, String kind,
                      UUID enterprise, String action, String status, long version, Instant at, String score) {
        String json = "{\"applicationId\":\"" + id + "\",\"callId\":\"" + call + "\",\"programme\":\"" + programme
                + "\",\"departement\":\"" + departement + "\",\"stage\":\"" + stage + "\",\"applicantKind\":\"" + kind
                + "\",\"enterpriseId\":" + quoted(enterprise) + ",\"needId\":null,\"status\":\"" + status + "\",\"score\":"
                + score + "}";
        return new Event(APPLICATIONS, action, id, version, at, json);
    }

    void participation(List<Event> events, UUID application, UUID call, String programme, String stage,
                       String departement, String kind, UUID enterprise, Instant enrolled) {
        UUID id = uuid();
        UUID cohort = uuid();
        long version = 1;
        double hours = 0;
        Participation p = new Participation(id, cohort, application, call, programme, stage, departement, kind, enterprise);
        events.add(p.event("enrolled", "ACTIVE", version, enrolled, hours, null, null, null, 0, 0));
        Instant at = enrolled;
        int sessions = 2 + random.nextInt(5);
        for (int i = 0; i < sessions; i++) {
            at = after(at, 7, 45);
            double session = (3 + random.nextInt(10)) / 2.0;
            hours += session;
            events.add(p.event("coaching-logged", "ACTIVE", ++version, at, hours, session, null, null, 0, 0));
        }
        if (chance(0.25)) {
            at = after(at, 10, 60);
            events.add(p.event("milestone-reached", "ACTIVE", ++version, at, hours, null, pick(MILESTONES), date(at), 0, 0));
        }
        double end = random.nextDouble();
        at = after(at, 20, 120);
        if (end < 0.70) {
            String outcome = kind.equals("PERSON") && chance(0.5) ? "ENTERPRISE_CREATED" : "PROJECT_CONTINUING";
            events.add(p.event("completed", "COMPLETED", ++version, at, hours, null, null, null, random.nextInt(3),
                    random.nextInt(4), outcome));
        } else if (end < 0.85) {
            events.add(p.event("dropped-out", "DROPPED_OUT", ++version, at, hours, null, null, null, 0, 0, "ABANDONED"));
        }
    }

    record Participation(UUID id, UUID cohort, UUID application, UUID call, String programme, String stage,
                         String departement, String kind, UUID enterprise) {

        Event event(String action, String status, long version, Instant at, double hours, Double session,
                    String milestone, LocalDate milestoneOn, int jobsCreated, int jobsConsolidated) {
            return event(action, status, version, at, hours, session, milestone, milestoneOn, jobsCreated,
                    jobsConsolidated, null);
        }

        Event event(String action, String status, long version, Instant at, double hours, Double session,
                    String milestone, LocalDate milestoneOn, int jobsCreated, int jobsConsolidated, String outcome) {
            String json = "{\"participationId\":\"" + id + "\",\"cohortId\":\"" + cohort + "\",\"applicationId\":\""
                    + application + "\",\"callId\":\"" + call + "\",\"programme\":\"" + programme + "\",\"departement\":\""
                    + departement + "\",\"stage\":\"" + stage + "\",\"applicantKind\":\"" + kind + "\",\"enterpriseId\":"
                    + quoted(enterprise) + ",\"status\":\"" + status + "\",\"coachingHours\":" + decimal(hours)
                    + ",\"sessionHours\":" + (session == null ? "null" : decimal(session)) + ",\"milestone\":"
                    + quoted(milestone) + ",\"milestoneReachedOn\":" + quoted(milestoneOn) + ",\"outcome\":"
                    + quoted(outcome) + ",\"createdEnterpriseId\":null,\"referredTo\":null,\"jobsCreated\":" + jobsCreated
                    + ",\"jobsConsolidated\":" + jobsConsolidated + "}";
            return new Event(PARTICIPATIONS, action, id, version, at, json);
        }
    }

    /** A financing application, its decision and, once approved, its disbursements and repayments. */
    void financing(List<Event> events, Enterprise enterprise, Instant submitted) {
        UUID id = uuid();
        Instrument instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
        int requested = roundTo(instrument.min() + random.nextInt(instrument.max() - instrument.min() + 1), 500);
        int create = random.nextInt(3);
        int consolidate = random.nextInt(5);
        boolean innovation = chance(0.15);
        long version = 1;
        events.add(financingApplication(id, enterprise, instrument, "submitted", "SUBMITTED", version, submitted,
                requested, null, create, consolidate, innovation, null));
        Instant decided = after(submitted, 20, 120);
        double decision = random.nextDouble();
        if (decision < 0.70) {
            int granted = roundTo(Math.max(instrument.min(), (int) (requested * (0.6 + random.nextDouble() * 0.4))), 500);
            events.add(financingApplication(id, enterprise, instrument, "approved", "APPROVED", ++version, decided,
                    requested, granted, create, consolidate, innovation, decided));
            version = payments(events, id, enterprise, instrument, granted, version, decided);
            if (chance(0.3)) {
                events.add(financingApplication(id, enterprise, instrument, "closed", "CLOSED", ++version,
                        after(decided, 400, 1500), requested, granted, create, consolidate, innovation, decided));
            }
        } else if (decision < 0.95) {
            events.add(financingApplication(id, enterprise, instrument, "rejected", "REJECTED", ++version, decided,
                    requested, null, create, consolidate, innovation, decided));
        }
    }

    Event financingApplication(UUID id, Enterprise enterprise, Instrument instrument, String action, String status,
                               long version, Instant at, int requested, Integer granted, int create, int consolidate,
                               boolean innovation, Instant decidedAt) {
        String json = "{\"applicationId\":\"" + id + "\",\"enterpriseId\":\"" + enterprise.id + "\",\"instrument\":"
                + instrument.json() + ",\"departement\":\"" + enterprise.departement + "\",\"status\":\"" + status
                + "\",\"requestedAmount\":" + requested + ",\"grantedAmount\":" + (granted == null ? "null" : granted)
                + ",\"jobsToCreate\":" + create + ",\"jobsToConsolidate\":" + consolidate + ",\"socialInnovation\":"
                + innovation + ",\"decidedAt\":" + quoted(decidedAt) + "}";
        return new Event(FINANCING, action, id, version, at, json);
    }

    /** The payments of an approved application (the application's sequence goes on through them); its last version. */
    long payments(List<Event> events, UUID application, Enterprise enterprise, Instrument instrument, int granted,
                  long version, Instant decided) {
        Instant at = after(decided, 10, 60);
        if (instrument.kind().equals("GUARANTEE")) {
            if (chance(0.08)) {
                at = after(at, 300, 1200);
                events.add(payment(application, enterprise, instrument, "guarantee-called", granted, null, granted, 0,
                        ++version, at));
                events.add(payment(application, enterprise, instrument, "guarantee-paid", granted, null, granted, granted,
                        ++version, after(at, 20, 90)));
            }
            return version;
        }
        int instalments = instrument.kind().equals("GRANT") && chance(0.4) ? 2 : 1;
        int disbursed = 0;
        for (int i = 1; i <= instalments; i++) {
            int amount = i == instalments ? granted - disbursed : roundTo(granted / 2, 100);
            disbursed += amount;
            events.add(payment(application, enterprise, instrument, "disbursed", amount, instalments > 1 ? i : null,
                    granted, disbursed, ++version, at));
            at = after(at, 90, 365);
        }
        if (instrument.repaid()) {
            int repayments = 2 + random.nextInt(6);
            int each = roundTo(granted / (repayments + 2), 10);
            for (int i = 0; i < repayments && at.isBefore(END); i++) {
                String action = chance(0.05) ? "repayment-missed" : "repayment-received";
                events.add(payment(application, enterprise, instrument, action, each, null, granted, disbursed, ++version, at));
                at = after(at, 80, 100);
            }
        }
        return version;
    }

    Event payment(UUID application, Enterprise enterprise, Instrument instrument, String action, int amount,
                  Integer instalment, int granted, int disbursed, long version, Instant at) {
        String json = "{\"applicationId\":\"" + application + "\",\"enterpriseId\":\"" + enterprise.id + "\",\"instrument\":"
                + instrument.json() + ",\"departement\":\"" + enterprise.departement + "\",\"paymentId\":\"" + uuid()
                + "\",\"amount\":" + amount + ",\"on\":\"" + date(at) + "\",\"instalment\":"
                + (instalment == null ? "null" : instalment) + ",\"grantedAmount\":" + granted + ",\"disbursedAmount\":"
                + disbursed + "}";
        return new Event(PAYMENTS, action, application, version, at, json);
    }

    /** An event of the calendar organised by the enterprise, with its registrations. */
    void calendarEvent(List<Event> events, Enterprise organiser, Instant published) {
        UUID id = uuid();
        String category = pick(CATEGORIES);
        String axis = category.equals("MOIS_ESS") ? "FAIRE_CONNAITRE" : pick(AXES);
        Instant begin = after(published, 20, 60);
        if (category.equals("MOIS_ESS")) {
            int year = begin.atZone(ZoneOffset.UTC).getYear();
            if (begin.atZone(ZoneOffset.UTC).getMonthValue() > 11) {
                year++;
            }
            begin = LocalDate.of(Math.min(year, 2026), 11, 2 + random.nextInt(27)).atTime(9, 0).toInstant(ZoneOffset.UTC);
            published = begin.minus(Duration.ofDays(20 + random.nextInt(40)));
        }
        String campaign = category.equals("MOIS_ESS") ? "MOIS_ESS_" + begin.atZone(ZoneOffset.UTC).getYear() : null;
        String mode = chance(0.85) ? "IN_PERSON" : "MIXED";
        String departement = chance(0.8) ? organiser.departement : pick(DEPARTEMENTS);
        int capacity = 20 + 10 * random.nextInt(12);
        CalendarEvent event = new CalendarEvent(id, category, axis, campaign, departement, begin, mode, capacity,
                organiser.id);
        long version = 1;
        events.add(event.event("published", "PUBLISHED", version, published, 0, 0));
        if (chance(0.3)) {
            events.add(event.event("updated", "PUBLISHED", ++version, after(published, 1, 10), 0, 0));
        }
        boolean cancelled = chance(0.05);
        int people = Math.min(capacity + capacity / 5, 10 + random.nextInt(capacity));
        int confirmed = 0;
        int waitlisted = 0;
        int attended = 0;
        Instant open = published.isBefore(begin) ? published : begin.minus(Duration.ofDays(1));
        long window = Math.max(1, Duration.between(open, begin).toMinutes());
        for (int i = 0; i < people; i++) {
            UUID registration = uuid();
            Instant at = open.plus(Duration.ofMinutes(random.nextLong(window)));
            boolean seat = confirmed < capacity;
            if (seat) {
                confirmed++;
            } else {
                waitlisted++;
            }
            events.add(registration(registration, event, seat ? "confirmed" : "waitlisted", seat ? "CONFIRMED" : "WAITLISTED",
                    1, at, confirmed, waitlisted, attended));
            long registrationVersion = 1;
            if (!seat && chance(0.4)) {
                waitlisted--;
                confirmed++;
                events.add(registration(registration, event, "promoted", "CONFIRMED", ++registrationVersion,
                        after(at, 0, 3), confirmed, waitlisted, attended));
                seat = true;
            }
            if (seat && chance(0.12)) {
                confirmed--;
                events.add(registration(registration, event, "cancelled", "CANCELLED", ++registrationVersion,
                        after(at, 0, 5), confirmed, waitlisted, attended));
            } else if (seat && !cancelled && chance(0.75)) {
                attended++;
                events.add(registration(registration, event, "attended", "ATTENDED", ++registrationVersion,
                        begin.plus(Duration.ofMinutes(random.nextInt(60))), confirmed, waitlisted, attended));
            }
        }
        if (cancelled) {
            events.add(event.event("cancelled", "CANCELLED", ++version, begin.minus(Duration.ofDays(2)), confirmed,
                    waitlisted));
        } else if (chance(0.05)) {
            events.add(event.event("postponed", "POSTPONED", ++version, begin.minus(Duration.ofDays(3)), confirmed,
                    waitlisted));
        }
    }

    record CalendarEvent(UUID id, String category, String axis, String campaign, String departement, Instant begin,
                         String mode, int capacity, UUID organiser) {

        Event event(String action, String status, long version, Instant at, int confirmed, int waitlisted) {
            String json = "{\"eventId\":\"" + id + "\",\"status\":\"" + status + "\",\"category\":\"" + category
                    + "\",\"axis\":\"" + axis + "\",\"campaign\":" + quoted(campaign) + ",\"departement\":\"" + departement
                    + "\",\"communeCode\":null,\"firstBegin\":\"" + begin + "\",\"timings\":1,\"attendanceMode\":\"" + mode
                    + "\",\"free\":true,\"capacity\":" + capacity + ",\"confirmed\":" + confirmed + ",\"waitlisted\":"
                    + waitlisted + ",\"organiserEnterpriseId\":\"" + organiser + "\"}";
            return new Event(EVENTS, action, id, version, at, json);
        }
    }

    Event registration(UUID id, CalendarEvent event, String action, String status, long version, Instant at,
                       int confirmed, int waitlisted, int attended) {
        String json = "{\"registrationId\":\"" + id + "\",\"eventId\":\"" + event.id() + "\",\"status\":\"" + status
                + "\",\"category\":\"" + event.category() + "\",\"axis\":\"" + event.axis() + "\",\"campaign\":"
                + quoted(event.campaign()) + ",\"departement\":\"" + event.departement() + "\",\"capacity\":"
                + event.capacity() + ",\"confirmed\":" + confirmed + ",\"waitlisted\":" + waitlisted + ",\"attended\":"
                + attended + "}";
        return new Event(REGISTRATIONS, action, id, version, at, json);
    }

    // --- shared ----------------------------------------------------------------------------------------------------

    UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    Instant between(Instant from, Instant to) {
        return from.plusSeconds(random.nextLong(Duration.between(from, to).getSeconds()));
    }

    /** Some days after the given time (at most the end of the history). */
    Instant after(Instant at, int minDays, int maxDays) {
        Instant later = at.plus(Duration.ofDays(minDays + random.nextInt(maxDays - minDays + 1)))
                .plusSeconds(random.nextInt(8 * 3600));
        if (!later.isAfter(END)) {
            return later;
        }
        return at.isBefore(END.minusSeconds(60)) ? between(at, END) : at.plusSeconds(60);
    }

    String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** A SIREN: eight digits and the Luhn check digit. */
    String siren() {
        String body = (char) ('1' + random.nextInt(9)) + digits(7);
        return body + luhnDigit(body);
    }

    static String siret(String siren, int establishment) {
        String body = siren + String.format("%04d", establishment);
        return body + luhnDigit(body);
    }

    /** The digit that makes the number pass the Luhn check. */
    static int luhnDigit(String body) {
        int sum = 0;
        for (int i = body.length() - 1, position = 1; i >= 0; i--, position++) {
            int digit = body.charAt(i) - '0';
            if (position % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    static LocalDate date(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static int roundTo(int value, int step) {
        return Math.max(step, value / step * step);
    }

    static String[] weighted(Object... valuesAndWeights) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            for (int n = 0; n < (Integer) valuesAndWeights[i + 1]; n++) {
                values.add((String) valuesAndWeights[i]);
            }
        }
        return values.toArray(String[]::new);
    }
}
