package org.essor.programmes.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.change.UnitOfWork;
import org.essor.kernel.NotFoundException;
import org.essor.programmes.domain.Programme;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The catalogue of programmes, as read by everyone. */
@ApplicationScoped
public class ProgrammeQueries {

    @Inject
    Repositories.Programmes programmes;

    @Inject
    UnitOfWork work;

    public Uni<List<Programme>> list() {
        return work.inSession(() -> programmes.listAll(Sort.by("code")));
    }

    public Uni<Programme> find(String code) {
        return work.inSession(() -> programmes.findById(code)).onItem().ifNull()
                .failWith(() -> new NotFoundException("No programme " + code));
    }
}
