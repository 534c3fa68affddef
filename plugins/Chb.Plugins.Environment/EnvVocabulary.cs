namespace Chb.Plugins.Environment;

/// <summary>The enumerated values of the format, spelt as the README lists them.</summary>
internal static class EnvVocabulary
{
    public const string Reporter = "Reporter";

    public static readonly string[] Services =
    [
        "FlyTipping", "Noise", "WasteCarrier", "HMOLicensing", "PremisesLicensing", "AbandonedVehicle", "Scrapyard",
        "FoodHygiene", "Graffiti", "PestControl",
    ];

    public static readonly string[] Outcomes = ["None", "Warning", "FPN", "CPN", "Prosecution", "LicenceReview", "Seizure", "Closure"];

    public static readonly string[] Roles = ["Suspect", "Licensee", "Owner", "Driver", "Occupier", Reporter];

    /// <summary>Checks an optional value against a list ignoring case, returning the format's own spelling.</summary>
    public static string? OneOf(string[] values, string? raw, string field, RowProblems problems)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var match = Array.Find(values, v => string.Equals(v, raw, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            problems.Add(field, $"{field} must be one of {string.Join(", ", values)}");
        }

        return match;
    }
}
