namespace Hawk.Conformance.Nes;

/// <summary>What a blargg ROM said: finished or not, passed or not, its code, its own text, and the cost.</summary>
public sealed record BlarggVerdict(bool Finished, bool Passed, int Code, string Text, long Frames, long Cycles, long Instructions);
