package org.essor.registry.api;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.essor.kernel.InvalidValueException;
import org.essor.registry.app.PublicEnterpriseFilter;
import org.essor.registry.domain.CommuneCode;
import org.essor.registry.domain.InvalidIdentifierException;
import org.essor.registry.domain.LegalFamily;
import org.essor.web.params.QueryParams;

/** The filters of the public list and of its export, as query parameters (one {@code @BeanParam} for both). */
public class PublicListQuery {

    @Parameter(description = "Département code of an establishment, such as 31 or 09")
    @QueryParam("departement")
    String departement;

    @Parameter(schema = @Schema(implementation = LegalFamily.class))
    @QueryParam("legalFamily")
    String legalFamily;

    @Parameter(description = "The start of a NAF code, such as 88 or 88.9")
    @QueryParam("nafPrefix")
    String nafPrefix;

    @Parameter(description = "INSEE code of the commune of an establishment, such as 31555")
    @QueryParam("commune")
    String commune;

    @Parameter(description = "Whether the ESUS agreement is valid today", schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("esusValid")
    String esusValid;

    /** The filter these parameters ask for, or a 400 naming the parameter that is not valid. */
    PublicEnterpriseFilter filter() {
        if (nafPrefix != null && !nafPrefix.matches("\\d{1,2}(\\.\\d{0,2}[A-Z]?)?")) {
            throw new InvalidValueException("nafPrefix", "the start of a NAF code, such as 88 or 88.9");
        }
        if (departement != null && !departement.matches("\\d{2}|2[AB]|97\\d")) {
            throw new InvalidValueException("departement", "a département code such as 31 or 09");
        }
        String communeCode = null;
        if (commune != null) {
            try {
                communeCode = CommuneCode.parse(commune).value();
            } catch (InvalidIdentifierException e) {
                throw new InvalidValueException("commune", "an INSEE commune code, such as 31555 or 2A004");
            }
        }
        return new PublicEnterpriseFilter(departement, QueryParams.enumValue("legalFamily", legalFamily, LegalFamily.class),
                nafPrefix, communeCode, QueryParams.bool("esusValid", esusValid));
    }
}
