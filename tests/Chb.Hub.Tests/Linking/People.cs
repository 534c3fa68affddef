using Chb.Linking;

namespace Chb.Hub.Tests.Linking;

/// <summary>Builds person mentions the way the hub's projector does, with UK-flavoured defaults.</summary>
internal static class People
{
    private static int _next;

    public static PersonFeatures Person(
        string given, string family, string? dob = null, string? address = null, string? postcode = null, string? uprn = null, string? pnc = null,
        string? vrm = null)
        => PersonFeatures.From(new PersonRecord
        {
            Id = $"m{Interlocked.Increment(ref _next):D6}",
            Names = [new NameInput(given, family)],
            DateOfBirth = dob?.Replace("-", string.Empty, StringComparison.Ordinal),
            PncId = pnc,
            Addresses = address is null && postcode is null && uprn is null ? [] : [new AddressInput(address, postcode, null, uprn)],
            Vrms = vrm is null ? [] : [vrm],
        });

    public static MatchResult Compare(PersonFeatures a, PersonFeatures b, LinkageOptions? options = null)
        => new PersonModel(options ?? new LinkageOptions()).Compare(a, b, KeyCounts.Empty);
}
