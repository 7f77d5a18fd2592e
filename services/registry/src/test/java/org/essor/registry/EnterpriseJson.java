package org.essor.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.essor.testing.identifiers.TestIdentifiers;

/** Builds registration requests: a valid Toulouse association by default, changed field by field. */
public final class EnterpriseJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<Map<String, Object>> establishments = new ArrayList<>();

    private EnterpriseJson() {
    }

    /** An association (9220) with a SIREN, an RNA and its head office in Toulouse. */
    public static EnterpriseJson association() {
        String siren = TestIdentifiers.siren();
        EnterpriseJson json = new EnterpriseJson()
                .with("siren", siren)
                .with("rna", TestIdentifiers.rna())
                .with("legalName", "Association Les Jardins Partagés du Lauragais")
                .with("usualName", "Jardins du Lauragais")
                .with("creationDate", "2015-03-02")
                .with("legalCategory", "9220")
                .with("nafCode", "88.99B")
                .with("headcountBracket", "02")
                .with("declaredFte", 3.5)
                .with("sectors", List.of("CIRCULAR_ECONOMY", "INTEGRATION_THROUGH_WORK"))
                .with("representative", Map.of("name", "Camille Martin", "email", "camille.martin@example.org",
                        "phone", "+33 5 61 00 00 00"));
        return json.establishment(TestIdentifiers.siret(siren, 1), true, "31555");
    }

    /** A SCOP (5458) with a SIREN and its head office in Montpellier. */
    public static EnterpriseJson scop() {
        String siren = TestIdentifiers.siren();
        return new EnterpriseJson()
                .with("siren", siren)
                .with("legalName", "SCOP Menuiserie Solidaire de l'Hérault")
                .with("creationDate", "2009-06-15")
                .with("legalCategory", "5458")
                .with("nafCode", "16.23Z")
                .with("headcountBracket", "11")
                .with("sectors", List.of("CIRCULAR_ECONOMY"))
                .establishment(TestIdentifiers.siret(siren, 1), true, "34172");
    }

    /** A commercial company (SAS, 5710) declared a société commerciale de l'ESS, in Nîmes. */
    public static EnterpriseJson essCompany() {
        String siren = TestIdentifiers.siren();
        return new EnterpriseJson()
                .with("siren", siren)
                .with("legalName", "Recyclerie du Gard SAS")
                .with("legalCategory", "5710")
                .with("essBasis", "COMMERCIAL_ESS_COMPANY")
                .with("nafCode", "38.32Z")
                .with("headcountBracket", "03")
                .establishment(TestIdentifiers.siret(siren, 1), true, "30189");
    }

    public EnterpriseJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public EnterpriseJson without(String field) {
        fields.remove(field);
        return this;
    }

    public EnterpriseJson establishment(String siret, boolean headOffice, String communeCode) {
        Map<String, Object> establishment = new LinkedHashMap<>();
        establishment.put("siret", siret);
        establishment.put("headOffice", headOffice);
        establishment.put("street", "12 rue des Coopérateurs");
        establishment.put("postcode", "31000");
        establishment.put("city", "Toulouse");
        establishment.put("communeCode", communeCode);
        establishments.add(establishment);
        return this;
    }

    public EnterpriseJson noEstablishments() {
        establishments.clear();
        return this;
    }

    public String siren() {
        return (String) fields.get("siren");
    }

    public String rna() {
        return (String) fields.get("rna");
    }

    public String firstSiret() {
        return (String) establishments.get(0).get("siret");
    }

    public String build() {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("establishments", establishments);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
