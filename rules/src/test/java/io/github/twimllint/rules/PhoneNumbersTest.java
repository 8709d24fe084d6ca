package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edges of the phone-number scanners the address and caller-ID rules share. */
class PhoneNumbersTest {

    @Test
    void digitsCountsDigitsOrSaysTheValueIsNoNumber() {
        assertThat(PhoneNumbers.digits(" +1 (415) 555-0100 ")).isEqualTo(11);
        assertThat(PhoneNumbers.digits("415.555.0100")).isEqualTo(10);
        assertThat(PhoneNumbers.digits("1+2")).as("+ only first").isEqualTo(-1);
        assertThat(PhoneNumbers.digits("12a")).isEqualTo(-1);
        assertThat(PhoneNumbers.isPhoneNumber("7")).as("one digit").isTrue();
        assertThat(PhoneNumbers.isPhoneNumber("+")).isFalse();
        assertThat(PhoneNumbers.isPhoneNumber("123456789012345")).isTrue();
        assertThat(PhoneNumbers.isPhoneNumber("1234567890123456")).isFalse();
    }

    @Test
    void e164IsAPlusAndOneToFifteenDigits() {
        assertThat(PhoneNumbers.isE164("+1")).isTrue();
        assertThat(PhoneNumbers.isE164("+123456789012345")).isTrue();
        assertThat(PhoneNumbers.isE164("+")).isFalse();
        assertThat(PhoneNumbers.isE164("+1234567890123456")).isFalse();
        assertThat(PhoneNumbers.isE164("14155550100")).isFalse();
        for (String bad : new String[] {"+1a", "+1/", "+1:", "+1 2"}) {
            assertThat(PhoneNumbers.isE164(bad)).as(bad).isFalse();
        }
    }

    @Test
    void formatPlaceholdersAtTheEdgesOfTheValue() {
        for (String template : new String[] {"{from_}", "%s", "%d", "%(caller)s", "$x", "$_x", "a$_"}) {
            assertThat(PhoneNumbers.looksLikeFormatPlaceholder(template)).as(template).isTrue();
        }
        for (String plain : new String[] {"}{", "x%", "d%x", "x$", "a$1", "+14155550100"}) {
            assertThat(PhoneNumbers.looksLikeFormatPlaceholder(plain)).as(plain).isFalse();
        }
    }
}
