package org.essor.registry.app.imports;

/** One line of an extract, as read: its number (1 = first line after the header) and its columns. */
record ImportLine(int number, String siren, String siret, String name, String legalCategory, String naf,
                  String nafVersion, String headcountBracket, String communeCode, String rna, String ess,
                  String creationDate, String sectors, String establishmentHeadcountBracket) {

    /** How the lines of one enterprise are grouped: by SIREN, else by RNA, else alone. */
    String enterpriseKey() {
        if (!siren.isBlank()) {
            return "siren:" + siren.replace(" ", "");
        }
        if (!siret.isBlank() && siret.replace(" ", "").length() >= 9) {
            return "siren:" + siret.replace(" ", "").substring(0, 9);
        }
        if (!rna.isBlank()) {
            return "rna:" + rna.trim().toUpperCase();
        }
        return "line:" + number;
    }
}
