package org.qiyouxiang.app.excel;

import java.io.IOException;
import java.nio.file.Path;
import org.qiyouxiang.db.model.WorkList;

/**
 * Writes a year's work list as .xlsx in the official layout of the office's sample.
 * PLACEHOLDER: the real writer is being written; the signature is the contract.
 */
public final class WorkListWriter {

    /** Writes to {@code out} directly; callers that replace a file write to a temporary file first. */
    public void write(WorkList list, Path out) throws IOException {
        throw new IOException("not implemented yet");
    }
}
