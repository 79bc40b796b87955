package io.stackgen.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types plain YAML scalars the way go-yaml v2 does (YAML 1.1 rules), which is what Helm reads values with.
 * Timestamps are left as strings.
 */
final class Yaml11Scalars {
    private Yaml11Scalars() {}

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
    private static final Set<String> FALSES = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
    private static final Set<String> POSITIVE_INFINITIES = Set.of(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF");
    private static final Set<String> NEGATIVE_INFINITIES = Set.of("-.inf", "-.Inf", "-.INF");
    private static final Set<String> NANS = Set.of(".nan", ".NaN", ".NAN");
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The typed value of an untagged plain scalar. */
    static Object resolvePlain(String text) {
        if (NULLS.contains(text)) {
            return null;
        }
        Object bool = parseBool(text);
        if (bool != null) {
            return bool;
        }
        Object number = parseNumber(text);
        return number != null ? number : text;
    }

    /** Boolean for YAML 1.1 boolean words, else null. */
    static Boolean parseBool(String text) {
        if (TRUES.contains(text)) {
            return Boolean.TRUE;
        }
        if (FALSES.contains(text)) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Long, BigInteger (beyond int64 but within uint64) or Double, or null when not a number. */
    static Object parseNumber(String text) {
        if (POSITIVE_INFINITIES.contains(text)) {
            return Double.POSITIVE_INFINITY;
        }
        if (NEGATIVE_INFINITIES.contains(text)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (NANS.contains(text)) {
            return Double.NaN;
        }
        if (text.isEmpty()) {
            return null;
        }
        if (text.charAt(0) == '.') {
            // go-yaml hands these straight to ParseFloat, without removing underscores.
            return parseFloat(text);
        }
        char first = text.charAt(0);
        if (first != '+' && first != '-' && (first < '0' || first > '9')) {
            return null;
        }
        String plain = text.replace("_", "");
        Object integer = parseInteger(plain);
        return integer != null ? integer : parseFloat(plain);
    }

    private static Double parseFloat(String text) {
        if (!YAML_FLOAT.matcher(text).matches()) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isInfinite(value) ? null : value;
    }

    /** Go's strconv.ParseInt(s, 0, 64), falling back to ParseUint like go-yaml. */
    private static Object parseInteger(String text) {
        boolean negative = text.startsWith("-");
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        int radix = 10;
        String digits = unsigned;
        String lower = unsigned.toLowerCase();
        if (lower.startsWith("0x")) {
            radix = 16;
            digits = unsigned.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            digits = unsigned.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            digits = unsigned.substring(2);
        } else if (unsigned.length() > 1 && unsigned.startsWith("0")) {
            radix = 8;
            digits = unsigned.substring(1);
        }
        final int base = radix;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c < 128 && Character.digit(c, base) >= 0)) {
            return null;
        }
        BigInteger value = new BigInteger(digits, radix);
        if (negative) {
            value = value.negate();
        }
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        if (!negative && !text.startsWith("+") && value.compareTo(MAX_UINT64) <= 0) {
            return value;
        }
        return null;
    }

    /** The string a non-string map key becomes, as sigs.k8s.io/yaml converts it. */
    static String keyString(Object key) {
        if (key instanceof Double d) {
            return goFloat32(d);
        }
        return String.valueOf(key);
    }

    /** Go's strconv.FormatFloat(f, 'g', -1, 32) with YAML names for infinities and NaN. */
    private static String goFloat32(double value) {
        float f = (float) value;
        if (Float.isNaN(f)) {
            return ".nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? ".inf" : "-.inf";
        }
        if (f == 0) {
            return (1 / f < 0) ? "-0" : "0";
        }
        BigDecimal decimal = new BigDecimal(Float.toString(f)).stripTrailingZeros();
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = decimal.signum() < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        return sign + decimal.abs().toPlainString();
    }
}
