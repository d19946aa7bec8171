using System.Text;
using Hawk.Jvm.ClassFiles;

namespace Hawk.Jvm.Verification;

/// <summary>
/// Verification of a class at link time (JVMS 4.10, 5.4.1): method by method, the static constraints
/// (<see cref="CodeChecker"/>), then the type checker of JVMS 4.10.1. Class files older than version 50 carry no
/// StackMapTable and would need the type-inference verifier of JVMS 4.10.2, which Hawkbeans does not implement:
/// they are rejected with a VerifyError that says so (javac 17 cannot produce them).
/// </summary>
public static class ClassVerifier
{
    /// <summary>Oldest class file version the type checker handles (Java 6).</summary>
    public const int TypeCheckingVersion = 50;

    /// <summary>The error for the first method that fails, or null when the class verifies.</summary>
    public static VerificationFailure? Verify(ClassFile file, IClassHierarchy hierarchy)
    {
        if (file.MajorVersion < TypeCheckingVersion && file.Methods.Any(m => m.Code is not null))
        {
            return new(VerificationFailure.VerifyError, $"Hawkbeans verifies by type checking only: {file.Name} has class file version " +
                $"{file.MajorVersion}.{file.MinorVersion}, older than 50.0 with no StackMapTable (the type-inference verifier is not implemented)");
        }

        foreach (var method in file.Methods)
        {
            if (method.Code is null)
            {
                continue;
            }

            if (CodeChecker.Check(file, method, typeChecked: true) is { } structural)
            {
                return new(VerificationFailure.VerifyError, structural);
            }

            try
            {
                MethodVerifier.Verify(file, method, hierarchy);
            }
            catch (VerifyException e) when (e.IsFormatError)
            {
                return new("java/lang/ClassFormatError", $"{e.Headline} in method '{ExternalName(file, method)}'");
            }
            catch (VerifyException e)
            {
                return new(VerificationFailure.VerifyError, Describe(file, method, e));
            }
        }

        return null;
    }

    /// <summary>HotSpot's VerifyError text: headline, then location, reason, frames, bytecode and tables.</summary>
    public static string Describe(ClassFile file, MemberInfo method, VerifyException e)
    {
        var code = method.Code!;
        var text = new StringBuilder(e.Headline).Append('\n');
        text.Append("Exception Details:\n  Location:\n");
        text.Append($"    {file.Name}.{method.Name}{method.Descriptor} @{e.Bci}: {Mnemonics.Of(e.Bci < code.Code.Length ? code.Code[e.Bci] : -1)}\n");
        text.Append("  Reason:\n    ").Append(e.Reason).Append('\n');
        if (e.Current is not null)
        {
            text.Append("  Current Frame:\n");
            e.Current.Describe(text, e.CurrentBci);
        }

        if (e.StackMap is not null)
        {
            text.Append("  Stackmap Frame:\n");
            e.StackMap.Describe(text, e.StackMapBci);
        }

        text.Append("  Bytecode:\n");
        AppendHexDump(text, code.Code);
        if (code.Handlers.Length > 0)
        {
            text.Append("  Exception Handler Table:\n");
            foreach (var handler in code.Handlers)
            {
                text.Append($"    bci [{handler.StartPc}, {handler.EndPc}] => handler: {handler.HandlerPc}\n");
            }
        }

        var entries = MethodVerifier.StackMapEntries(file, method);
        if (entries.Count > 0)
        {
            text.Append("  Stackmap Table:\n");
            foreach (var entry in entries)
            {
                text.Append("    ").Append(entry).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>"void Foo.main(java.lang.String[])", how HotSpot names a method in a ClassFormatError.</summary>
    private static string ExternalName(ClassFile file, MemberInfo method) =>
        $"{JavaVm.JavaTypeName(Descriptors.ReturnType(method.Descriptor))} {file.Name.Replace('/', '.')}.{method.Name}" +
        $"({string.Join(", ", Descriptors.Parameters(method.Descriptor).Select(JavaVm.JavaTypeName))})";

    /// <summary>16 bytes a line in groups of two, each line padded to the full width, as HotSpot dumps code.</summary>
    private static void AppendHexDump(StringBuilder text, byte[] code)
    {
        for (int line = 0; line < code.Length; line += 16)
        {
            var hex = new StringBuilder();
            for (int i = line; i < Math.Min(line + 16, code.Length); i++)
            {
                hex.Append(i > line && (i - line) % 2 == 0 ? " " : "").Append(code[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            text.Append($"    {line:x7}: {hex.ToString().PadRight(39)}\n");
        }
    }
}

/// <summary>Why a class failed verification: the Java error to throw (VerifyError, or ClassFormatError for a malformed stack map) and its message.</summary>
public sealed record VerificationFailure(string ErrorClass, string Message)
{
    public const string VerifyError = "java/lang/VerifyError";
}
