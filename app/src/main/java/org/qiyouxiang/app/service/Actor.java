package org.qiyouxiang.app.service;

import org.qiyouxiang.app.core.Messages;

/** Who the change log says made a change: the computer's user name, or 办公室 when there is none. */
public final class Actor {

    private static final int MAX_LENGTH = 100;

    private Actor() {
    }

    public static String current() {
        return of(System.getProperty("user.name"));
    }

    static String of(String userName) {
        if (userName == null || userName.isBlank()) {
            return Messages.get("changelog.actor.office");
        }
        String name = userName.strip();
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
