package org.qiyouxiang.app.service;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.function.Predicate;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code failingdisk:/path}) over the real disk whose writes fail on demand, as a full
 * disk's do: the database and its backups are written through it when a test opens the workspace with
 * {@code DatabaseOptions.DEFAULT.withFileSystem(FailingDisk.SCHEME)}.
 */
public final class FailingDisk extends FilePathWrapper {

    static final String SCHEME = "failingdisk";
    private static volatile Predicate<String> failing = name -> false;

    static {
        FilePath.register(new FailingDisk());
    }

    /** H2 makes one instance per path by reflection. */
    public FailingDisk() {
    }

    /** Registers the file system (once per JVM). */
    static void install() {
        // The static initialiser did it.
    }

    /** From now on, writes to files whose name matches fail with "No space left on device". */
    static void fail(Predicate<String> which) {
        failing = which;
    }

    static void heal() {
        failing = name -> false;
    }

    private static IOException full() {
        return new IOException("No space left on device");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode), name);
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        String file = name;
        return new FilterOutputStream(super.newOutputStream(append)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                check(file);
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                check(file);
                out.write(b);
            }
        };
    }

    private static void check(String file) throws IOException {
        if (failing.test(file)) {
            throw full();
        }
    }

    /** A file channel whose writes and forces fail while its file is failing. */
    private static final class Channel extends FileBase {
        private final FileChannel base;
        private final String name;

        Channel(FileChannel base, String name) {
            this.base = base;
            this.name = name;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            check(name);
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            check(name);
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check(name);
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            check(name);
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
