package org.essor.registry.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.essor.kernel.InvalidValueException;
import org.essor.registry.api.EnterpriseRequest.EstablishmentRequest;
import org.essor.registry.api.EnterpriseRequest.RepresentativeRequest;
import org.essor.registry.domain.CommuneCode;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EnterpriseDetails;
import org.essor.registry.domain.EstablishmentDetails;
import org.essor.registry.domain.HeadcountBracket;
import org.essor.registry.domain.LegalCategory;
import org.essor.registry.domain.NafCode;
import org.essor.registry.domain.NafVersion;
import org.essor.registry.domain.Representative;
import org.essor.registry.domain.Rna;
import org.essor.registry.domain.Siren;
import org.essor.registry.domain.Siret;

/** Turns requests into the domain's values and back (for merge patches), naming the JSON field of any bad value. */
final class EnterpriseRequests {

    private EnterpriseRequests() {
    }

    static EnterpriseDetails details(EnterpriseRequest request) {
        List<EstablishmentDetails> establishments = new ArrayList<>();
        for (int i = 0; i < request.establishments().size(); i++) {
            EstablishmentRequest establishment = request.establishments().get(i);
            String path = "establishments[" + i + "].";
            establishments.add(new EstablishmentDetails(
                    blank(establishment.siret()) ? null : parse(path + "siret", () -> Siret.parse(establishment.siret())),
                    establishment.headOffice(), establishment.street(), establishment.postcode(), establishment.city(),
                    parse(path + "communeCode", () -> CommuneCode.parse(establishment.communeCode())),
                    blank(establishment.headcountBracket()) ? null : parse(path + "headcountBracket",
                            () -> HeadcountBracket.ofCode(establishment.headcountBracket()))));
        }
        if (establishments.size() == 1 && establishments.stream().noneMatch(EstablishmentDetails::headOffice)) {
            EstablishmentDetails only = establishments.get(0);
            establishments.set(0, new EstablishmentDetails(only.siret(), true, only.street(), only.postcode(), only.city(),
                    only.commune(), only.headcountBracket()));
        }
        RepresentativeRequest representative = request.representative();
        return new EnterpriseDetails(
                blank(request.siren()) ? null : parse("siren", () -> Siren.parse(request.siren())),
                blank(request.rna()) ? null : parse("rna", () -> Rna.parse(request.rna())),
                request.legalName(),
                request.usualName(),
                request.creationDate(),
                parse("legalCategory", () -> LegalCategory.parse(request.legalCategory())),
                request.cooperativeKind(),
                request.essBasis(),
                blank(request.nafCode()) ? null : parse("nafCode", () -> NafCode.parse(request.nafCode(),
                        request.nafVersion() == null ? NafVersion.NAF_REV2 : request.nafVersion())),
                blank(request.headcountBracket()) ? null
                        : parse("headcountBracket", () -> HeadcountBracket.ofCode(request.headcountBracket())),
                request.declaredFte(),
                request.sectors(),
                establishments,
                representative == null ? null : new Representative(representative.name(), representative.email(),
                        representative.phone()));
    }

    /** The enterprise as a request, the base a merge patch is applied to. */
    static EnterpriseRequest of(Enterprise enterprise) {
        EnterpriseDetails details = enterprise.details();
        return new EnterpriseRequest(
                text(details.siren()), text(details.rna()), details.legalName(), details.usualName(), details.creationDate(),
                details.legalCategory().code(), details.declaredCooperativeKind(), details.essBasis(),
                details.naf() == null ? null : details.naf().code(), details.naf() == null ? null : details.naf().version(),
                details.headcountBracket().code(), details.declaredFte(), details.sectors(),
                details.establishments().stream().map(e -> new EstablishmentRequest(text(e.siret()), e.headOffice(), e.street(),
                        e.postcode(), e.city(), e.commune().value(),
                        e.headcountBracket() == null ? null : e.headcountBracket().code())).toList(),
                details.representative() == null ? null : new RepresentativeRequest(details.representative().name(),
                        details.representative().email(), details.representative().phone()));
    }

    private static <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.reason());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
