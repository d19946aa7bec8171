namespace Hawk.X86;

/// <summary>Which processor the interpreter behaves as. The 80286 runs in real mode only.</summary>
public enum X86Model
{
    I8086,
    I80286,
}
