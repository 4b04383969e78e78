package org.qiyouxiang.app.service;

import java.nio.file.Path;

/** A fill-in form written for a lead unit: the file and how many of the unit's items it holds. */
public record GeneratedForm(String unit, Path file, int itemCount) {
}
