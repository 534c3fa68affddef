using System.ComponentModel.DataAnnotations;
using Chb.Adapters;

namespace Chb.Hub.Options;

/// <summary>The agencies the hub serves (section <c>Hub:Agencies</c>, a list).</summary>
public sealed class AgencyOptions
{
    public const string SectionName = "Hub:Agencies";

    [Required]
    [RegularExpression("^[A-Z0-9][A-Z0-9-]{1,31}$", ErrorMessage = "Agency codes are 2-32 upper-case letters, digits and hyphens.")]
    public string Code { get; set; } = string.Empty;

    [Required]
    public string Name { get; set; } = string.Empty;

    [EnumDataType(typeof(AgencyKind))]
    public AgencyKind Kind { get; set; }

    /// <summary>
    /// Gets or sets the agency's point of contact for disruption work (a desk, not a person's name), shown to
    /// LROs beside the options the agency owns and in deconfliction answers.
    /// </summary>
    [StringLength(200)]
    public string? Contact { get; set; }
}

/// <summary>The agency list, bound as one options object so it validates at start.</summary>
public sealed class AgencyDirectoryOptions : IValidatableObject
{
    public List<AgencyOptions> Agencies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var agency in Agencies)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(agency, new ValidationContext(agency), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return new ValidationResult($"Hub:Agencies '{agency.Code}': {result.ErrorMessage}");
                }
            }

            if (agency.Kind == AgencyKind.Unspecified)
            {
                yield return new ValidationResult($"Hub:Agencies '{agency.Code}': Kind is required.");
            }
        }

        foreach (var duplicate in Agencies.GroupBy(a => a.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"Hub:Agencies lists '{duplicate.Key}' more than once.");
        }
    }
}
