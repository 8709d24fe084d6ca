package io.github.twimllint.core;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Input/output failures in the user's terms: what is wrong with the file, never the JDK's
 * exception class ({@code FileSystemException}) or a decoder's {@code Input length = 1}.
 */
public final class Messages {
    private Messages() {
    }

    public static String of(IOException e) {
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException && !isDenied(e)) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException || isDenied(e)) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty is in the way";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic-link loop";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid text in its encoding";
        }
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            return reason == null || reason.isBlank() ? "cannot be accessed" : lower(reason);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : lower(m);
    }

    private static boolean isDenied(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Permission denied");
    }

    /** "Is a directory" reads as part of a sentence after a colon. */
    private static String lower(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
