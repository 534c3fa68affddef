namespace Chb.Linking;

/// <summary>
/// What a key is for; held in the key's low four bits. Families below <see cref="FrequencySurname"/> are
/// blocking keys (mentions sharing one are compared); the rest are counted only, to weigh common values down.
/// </summary>
public enum KeyFamily
{
    /// <summary>Phonetic surname, given-name initial and birth year.</summary>
    BlockSurnameYear = 0,

    /// <summary>Date of birth with day and month in sorted order (so a swap blocks together), with the sound of either name.</summary>
    BlockBirthDate = 1,

    /// <summary>Phonetic given and family names in sorted order (so a swap blocks together).</summary>
    BlockNamePair = 2,

    /// <summary>Given-name initial and postcode.</summary>
    BlockGivenPostcode = 3,

    /// <summary>PNC ID, CRO number or UPRN.</summary>
    BlockStrong = 4,

    /// <summary>Date of birth alone, in sorted order; compared only while few mentions share it (see <see cref="LinkageOptions.MaxDateBlockSize"/>).</summary>
    BlockBirthDateOnly = 5,

    /// <summary>A place's postcode.</summary>
    BlockPostcode = 6,

    /// <summary>A place's premise numbers and one street word; a person's premise numbers and postcode, or family name and postcode.</summary>
    BlockStreet = 7,

    /// <summary>How many mentions share this surname.</summary>
    FrequencySurname = 8,

    /// <summary>How many mentions share this given name.</summary>
    FrequencyGiven = 9,

    /// <summary>How many mentions share this date of birth.</summary>
    FrequencyBirthDate = 10,

    /// <summary>How many mentions share this written address.</summary>
    FrequencyAddress = 11,

    /// <summary>How many mentions share this UPRN.</summary>
    FrequencyUprn = 12,

    /// <summary>How many mentions share this postcode.</summary>
    FrequencyPostcode = 13,

    /// <summary>How many mentions share this vehicle.</summary>
    FrequencyVrm = 14,

    /// <summary>How many mentions share this town or suburb (a hub serving one town learns that the town says nothing).</summary>
    FrequencyLocality = 15,
}
