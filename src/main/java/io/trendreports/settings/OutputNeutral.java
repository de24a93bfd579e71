package io.trendreports.settings;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a setting (a record component of the bound {@code trend.*} settings) that cannot change
 * what a run produces: how fast, when or where it runs, not what it writes. Every other setting
 * is part of {@link ConfigFingerprint}, so a new setting reruns the job when changed until it is
 * declared neutral here, on purpose.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface OutputNeutral {

    /** Why the setting cannot change the outputs. */
    String value();
}
