package io.github.twimllint.core;

/**
 * A remembered place to report at later, after the element it came from has ended: its region and
 * its location-free anchor (element path plus attribute or text). Cheap and immutable.
 */
public record Mark(int line, int column, int endLine, int endColumn, String anchor) {
}
