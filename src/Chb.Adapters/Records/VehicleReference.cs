namespace Chb.Adapters;

/// <summary>A vehicle a record mentions.</summary>
/// <param name="Vrm">The registration mark, normalised (upper case, no spaces).</param>
/// <param name="Status">What the partner knows of it, such as <c>NoInsurance</c>; null when nothing.</param>
public sealed record VehicleReference(string Vrm, string? Status);
