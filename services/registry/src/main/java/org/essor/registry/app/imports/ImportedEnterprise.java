package org.essor.registry.app.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.essor.kernel.InvalidValueException;
import org.essor.registry.domain.CommuneCode;
import org.essor.registry.domain.EnterpriseDetails;
import org.essor.registry.domain.EssBasis;
import org.essor.registry.domain.EstablishmentDetails;
import org.essor.registry.domain.HeadcountBracket;
import org.essor.registry.domain.LegalCategory;
import org.essor.registry.domain.NafCode;
import org.essor.registry.domain.NafNomenclature;
import org.essor.registry.domain.NafVersion;
import org.essor.registry.domain.Rna;
import org.essor.registry.domain.Sector;
import org.essor.registry.domain.Siren;
import org.essor.registry.domain.Siret;

/**
 * The enterprise the lines of one group describe: its identifiers and details from the first usable line, one
 * establishment per line. Lines that cannot be read are rejected with their reason; the others go on.
 */
record ImportedEnterprise(Siren siren, Rna rna, String legalName, LocalDate creationDate, LegalCategory legalCategory, NafCode naf,
                          HeadcountBracket headcountBracket, boolean declaredEss, Set<Sector> sectors,
                          Map<Integer, EstablishmentDetails> establishments, Map<Integer, String> rejectedLines) {

    private static final Set<String> YES = Set.of("o", "oui", "true", "1", "y", "yes");

    /** The group read, or empty with every line rejected (in {@code rejections}) when the group itself is unusable. */
    static Optional<ImportedEnterprise> read(List<ImportLine> lines, Map<Integer, String> rejections) {
        Map<Integer, EstablishmentDetails> establishments = new LinkedHashMap<>();
        Map<Integer, String> rejected = new LinkedHashMap<>();
        ImportLine first = lines.get(0);
        Siren siren;
        Rna rna;
        LegalCategory category;
        LocalDate creationDate;
        Set<Sector> sectors;
        try {
            siren = first.siren().isBlank() ? null : Siren.parse(first.siren());
            rna = first.rna().isBlank() ? null : Rna.parse(first.rna());
            category = LegalCategory.parse(first.legalCategory());
            creationDate = readCreationDate(first);
            sectors = readSectors(first);
            if (first.name().isBlank()) {
                throw new InvalidValueException("nom_complet", "the enterprise has no name");
            }
        } catch (InvalidValueException e) {
            lines.forEach(line -> rejections.put(line.number(), e.getMessage()));
            return Optional.empty();
        }
        for (ImportLine line : lines) {
            try {
                Siret siret = line.siret().isBlank() ? null : Siret.parse(line.siret());
                if (siret != null && siren != null && !siret.siren().equals(siren)) {
                    throw new InvalidValueException("siret", siret + " is not an establishment of SIREN " + siren);
                }
                if (siret != null && establishments.values().stream().anyMatch(e -> siret.equals(e.siret()))) {
                    throw new InvalidValueException("siret", siret + " appears on an earlier line");
                }
                establishments.put(line.number(), new EstablishmentDetails(siret, establishments.isEmpty(), null, null, null,
                        CommuneCode.parse(line.communeCode()), readEstablishmentHeadcount(line)));
            } catch (InvalidValueException e) {
                rejected.put(line.number(), e.getMessage());
            }
        }
        NafCode naf = readNaf(first, rejected);
        HeadcountBracket headcount = readHeadcount(first);
        rejections.putAll(rejected);
        if (establishments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportedEnterprise(siren, rna, first.name(), creationDate, category, naf, headcount,
                YES.contains(first.ess().toLowerCase()), sectors, establishments, rejected));
    }

    /** The sectors of {@code secteurs}, codes separated by |; empty when the column is absent or blank. */
    private static Set<Sector> readSectors(ImportLine line) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (String code : line.sectors().split("\\|")) {
            if (code.isBlank()) {
                continue;
            }
            try {
                sectors.add(Sector.valueOf(code.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("secteurs", "'" + code.trim() + "' is not a sector; expected codes among "
                        + Arrays.stream(Sector.values()).map(Sector::name).collect(Collectors.joining(", "))
                        + ", separated by |");
            }
        }
        return sectors;
    }

    /** The establishment's own bracket; null (unknown) when the column is absent, blank or unreadable. */
    private static HeadcountBracket readEstablishmentHeadcount(ImportLine line) {
        if (line.establishmentHeadcountBracket().isBlank()) {
            return null;
        }
        try {
            return HeadcountBracket.ofCode(line.establishmentHeadcountBracket());
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static LocalDate readCreationDate(ImportLine line) {
        if (line.creationDate().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(line.creationDate());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date_creation", "'" + line.creationDate() + "'"
                    + " is not a date written YYYY-MM-DD");
        }
    }

    private static NafCode readNaf(ImportLine line, Map<Integer, String> rejected) {
        if (line.naf().isBlank()) {
            return null;
        }
        NafVersion version = line.nafVersion().toUpperCase().contains("2025") ? NafVersion.NAF_2025 : NafVersion.NAF_REV2;
        try {
            NafCode naf = NafCode.parse(line.naf(), version);
            return NafNomenclature.contains(naf) ? naf : null;
        } catch (InvalidValueException e) {
            return null; // an unreadable or unknown activity code does not keep an enterprise out of the register
        }
    }

    private static HeadcountBracket readHeadcount(ImportLine line) {
        try {
            return HeadcountBracket.ofCode(line.headcountBracket().isBlank() ? "NN" : line.headcountBracket());
        } catch (InvalidValueException e) {
            return HeadcountBracket.ofCode("NN"); // unknown size rather than no enterprise
        }
    }

    /** Details of a new enterprise. */
    EnterpriseDetails forRegistration() {
        return new EnterpriseDetails(siren, rna, legalName, null, creationDate, legalCategory, null, essBasis(), naf,
                headcountBracket, null, sectors, List.copyOf(establishments.values()), null);
    }

    /** The existing details updated with what the extract says; what it does not carry is kept. */
    EnterpriseDetails mergedInto(EnterpriseDetails existing) {
        List<EstablishmentDetails> merged = new ArrayList<>();
        for (EstablishmentDetails current : existing.establishments()) {
            EstablishmentDetails fromFile = current.siret() == null ? null : establishments.values().stream()
                    .filter(e -> current.siret().equals(e.siret())).findFirst().orElse(null);
            merged.add(fromFile == null ? current : new EstablishmentDetails(current.siret(), current.headOffice(),
                    current.street(), current.postcode(), current.city(), fromFile.commune(),
                    fromFile.headcountBracket() != null ? fromFile.headcountBracket() : current.headcountBracket()));
        }
        for (EstablishmentDetails fromFile : establishments.values()) {
            boolean known = fromFile.siret() != null
                    && existing.establishments().stream().anyMatch(e -> fromFile.siret().equals(e.siret()));
            boolean sameAsSiretless = fromFile.siret() == null
                    && existing.establishments().stream().anyMatch(e -> e.siret() == null && e.commune().equals(fromFile.commune()));
            if (!known && !sameAsSiretless) {
                merged.add(new EstablishmentDetails(fromFile.siret(), false, null, null, null, fromFile.commune(),
                        fromFile.headcountBracket()));
            }
        }
        return new EnterpriseDetails(siren != null ? siren : existing.siren(), rna != null ? rna : existing.rna(), legalName,
                existing.usualName(), creationDate != null ? creationDate : existing.creationDate(), legalCategory,
                existing.declaredCooperativeKind(),
                legalCategory.family().statutoryEss() ? EssBasis.STATUTORY_FAMILY : existing.essBasis(),
                naf != null ? naf : existing.naf(), headcountBracket, existing.declaredFte(),
                sectors.isEmpty() ? existing.sectors() : sectors, merged,
                existing.representative());
    }

    private EssBasis essBasis() {
        if (legalCategory.family().statutoryEss()) {
            return EssBasis.STATUTORY_FAMILY;
        }
        return declaredEss ? EssBasis.COMMERCIAL_ESS_COMPANY : null;
    }
}
