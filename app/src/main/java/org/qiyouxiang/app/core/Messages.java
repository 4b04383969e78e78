package org.qiyouxiang.app.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the clerk sees comes from here: {@code messages_zh_CN.properties}, with an English
 * fallback. The app speaks Chinese whatever the PC's locale, unless {@code -Dqiyouxiang.lang=en}.
 */
public final class Messages {

    public static final String BUNDLE = "org.qiyouxiang.app.messages";
    private static final ResourceBundle BUNDLE_INSTANCE = ResourceBundle.getBundle(BUNDLE, locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {
    }

    public static Locale locale() {
        return "en".equals(System.getProperty("qiyouxiang.lang")) ? Locale.ROOT : Locale.SIMPLIFIED_CHINESE;
    }

    public static ResourceBundle bundle() {
        return BUNDLE_INSTANCE;
    }

    /** The text for a key, with {0}, {1} … filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE_INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern.replace("'", "''"), locale());
        return format.format(plainNumbers(args));
    }

    /** Row numbers and years read "第 12345 行", "2024 年", never "12,345". */
    private static Object[] plainNumbers(Object[] args) {
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Integer || plain[i] instanceof Long) {
                plain[i] = plain[i].toString();
            }
        }
        return plain;
    }
}
