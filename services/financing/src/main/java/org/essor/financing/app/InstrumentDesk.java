package org.essor.financing.app;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.change.UnitOfWork;
import org.essor.financing.domain.Instrument;
import org.essor.financing.domain.InstrumentKind;
import org.essor.financing.domain.InstrumentScope;
import org.essor.financing.domain.InstrumentStatus;
import org.essor.financing.domain.Stage;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.StateConflictException;

import io.smallrye.mutiny.Uni;

/** The catalogue of instruments: read by anyone, maintained by finance officers (every version kept). */
@ApplicationScoped
public class InstrumentDesk {

    @Inject
    Repositories.Instruments instruments;

    @Inject
    InstrumentVersions versions;

    @Inject
    UnitOfWork work;

    /** What a catalogue reader filters on; null: any. */
    public record Filter(InstrumentKind kind, Stage stage, String provider, InstrumentScope scope, InstrumentStatus status,
                         BigDecimal amount) {
    }

    /** Instruments in code order after {@code afterCode}, narrowed by the filter. */
    public Uni<List<Instrument>> list(Filter filter, String afterCode, int limit) {
        StringBuilder query = new StringBuilder("from Instrument i where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.kind() != null) {
            query.append(" and i.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.stage() != null) {
            // stages are stored sorted and comma-separated
            query.append(" and concat(',', i.stages, ',') like :stage");
            parameters.put("stage", "%," + filter.stage().name() + ",%");
        }
        if (filter.provider() != null) {
            query.append(" and lower(i.provider) like :provider");
            parameters.put("provider", "%" + filter.provider().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.scope() != null) {
            query.append(" and i.scope = :scope");
            parameters.put("scope", filter.scope());
        }
        if (filter.status() != null) {
            query.append(" and i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.amount() != null) {
            query.append(" and (i.minAmount is null or i.minAmount <= :amount) and (i.maxAmount is null or i.maxAmount >= :amount)");
            parameters.put("amount", filter.amount());
        }
        if (afterCode != null) {
            query.append(" and i.code > :after");
            parameters.put("after", afterCode);
        }
        query.append(" order by i.code");
        return work.inSession(() -> instruments.find(query.toString(), parameters).page(0, limit).list());
    }

    public Uni<Instrument> get(String code) {
        return work.inSession(() -> find(code));
    }

    Uni<Instrument> find(String code) {
        return instruments.findById(code).onItem().ifNull().failWith(() -> new NotFoundException("No instrument " + code));
    }

    /** A new instrument (one the plan did not list, or one created since). */
    public Uni<Instrument> create(String code, Instrument.Terms terms, Actor actor) {
        return work.inTransaction(() -> instruments.findById(code).flatMap(existing -> {
            if (existing != null) {
                throw new StateConflictException("An instrument " + code + " exists already");
            }
            Instrument instrument = Instrument.create(code, terms, actor.name(), work.time().now());
            return work.create(() -> instruments.persist(instrument), "created", versions, actor, work.time().now());
        }));
    }

    /** The instrument's new terms, at the version the officer read; {@code note} says why (kept with the version). */
    public Uni<Instrument> change(String code, long expectedVersion, java.util.function.UnaryOperator<Instrument.Terms> edit,
                                  String note, Actor actor) {
        return work.change(() -> instruments.findById(code), "No instrument " + code, expectedVersion, (instrument, now) -> {
            instrument.apply(edit.apply(instrument.terms()), actor.name(), now);
            return note == null || note.isBlank() ? "changed" : note.strip();
        }, versions, actor);
    }

    public Uni<List<InstrumentVersions.Line>> history(String code) {
        return get(code).flatMap(found -> versions.of(code));
    }
}
