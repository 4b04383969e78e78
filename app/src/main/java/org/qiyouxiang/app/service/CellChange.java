package org.qiyouxiang.app.service;

import org.qiyouxiang.app.core.progress.Change;

/**
 * One cell a returned form changes, as the preview shows it: the item, the field, the stored text and the
 * returned one ("" for empty), and the change that will be saved.
 */
public record CellChange(long itemId, String itemName, int rowNumber, Change change, String before, String after) {
}
