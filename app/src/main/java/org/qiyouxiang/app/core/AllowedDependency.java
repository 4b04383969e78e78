package org.qiyouxiang.app.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class allowed to break a layering rule of the architecture test, with the reason.
 * Every use is a place a reviewer should read.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedDependency {

    /** Why this class needs the dependency. */
    String value();
}
