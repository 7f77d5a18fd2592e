package org.essor.registry.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes an import file of generated enterprises to standard output, for the local launcher's seeding and for
 * benchmarks: {@code java -cp services/registry/target/classes org.essor.registry.demo.DemoImportFile COUNT [SEED]}.
 */
public final class DemoImportFile {

    private DemoImportFile() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2018;
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        DemoEnterprises.writeImportCsv(new DemoEnterprises(seed).generate(count), out);
        out.flush();
    }
}
