using System.Buffers.Binary;

namespace Hawk.Jvm.Interpreter;

/// <summary>Operand decoding and Java's arithmetic rules where they differ from C#'s (JVMS 6.5).</summary>
internal static class Bytecode
{
    public static int U2(byte[] code, int at) => (code[at] << 8) | code[at + 1];

    public static int S2(byte[] code, int at) => (short)((code[at] << 8) | code[at + 1]);

    public static int S4(byte[] code, int at) => BinaryPrimitives.ReadInt32BigEndian(code.AsSpan(at));

    /// <summary>idiv: int.MinValue / -1 overflows to int.MinValue in Java (C# throws).</summary>
    public static int Div(int a, int b) =>
        // BEGIN LAB java-arithmetic
        b == -1 ? unchecked(-a) : a / b;
        // END LAB java-arithmetic

    public static int Rem(int a, int b) =>
        // BEGIN LAB java-arithmetic
        b == -1 ? 0 : a % b;
        // END LAB java-arithmetic

    public static long Div(long a, long b) =>
        // BEGIN LAB java-arithmetic
        b == -1 ? unchecked(-a) : a / b;
        // END LAB java-arithmetic

    public static long Rem(long a, long b) =>
        // BEGIN LAB java-arithmetic
        b == -1 ? 0 : a % b;
        // END LAB java-arithmetic

    /// <summary>f2i/d2i: NaN is 0, out-of-range values saturate (JVMS 2.8.3).</summary>
    public static int ToInt(double value) =>
        // BEGIN LAB java-arithmetic
        double.IsNaN(value) ? 0 : value >= int.MaxValue ? int.MaxValue : value <= int.MinValue ? int.MinValue : (int)value;
        // END LAB java-arithmetic

    public static long ToLong(double value) =>
        // BEGIN LAB java-arithmetic
        double.IsNaN(value) ? 0 : value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)value;
        // END LAB java-arithmetic

    /// <summary>fcmpl/fcmpg/dcmpl/dcmpg: <paramref name="nanResult"/> when either operand is NaN.</summary>
    public static int Compare(double a, double b, int nanResult) =>
        // BEGIN LAB java-arithmetic
        a > b ? 1 : a < b ? -1 : a == b ? 0 : nanResult;
        // END LAB java-arithmetic

    public static float F(long slot) => BitConverter.Int32BitsToSingle((int)slot);

    public static long F(float value) => BitConverter.SingleToInt32Bits(value);

    public static double D(long slot) => BitConverter.Int64BitsToDouble(slot);

    public static long D(double value) => BitConverter.DoubleToInt64Bits(value);
}
