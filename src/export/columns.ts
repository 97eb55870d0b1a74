/**
 * The columns of the CSV exports, in the order of the datasets they imitate; docs/export.md says how
 * each is filled.
 */

/** ACLED's current export columns, in ACLED's order (ACLED codebook and API field list): 31 columns. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

/** UCDP GED's 49 columns, in GED's order (GED codebook, versions 20.1 to 25.1). */
export const GED_COLUMNS = [
  'id', 'relid', 'year', 'active_year', 'code_status', 'type_of_violence', 'conflict_dset_id', 'conflict_new_id',
  'conflict_name', 'dyad_dset_id', 'dyad_new_id', 'dyad_name', 'side_a_dset_id', 'side_a_new_id', 'side_a',
  'side_b_dset_id', 'side_b_new_id', 'side_b', 'number_of_sources', 'source_article', 'source_office',
  'source_date', 'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'where_description',
  'adm_1', 'adm_2', 'latitude', 'longitude', 'geom_wkt', 'priogrid_gid', 'country', 'country_id', 'region',
  'event_clarity', 'date_prec', 'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians',
  'deaths_unknown', 'best', 'high', 'low', 'gwnoa', 'gwnob',
] as const;

/** The `ucdp-csv` format's columns: GED's. */
export const UCDP_COLUMNS = GED_COLUMNS;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type GedColumn = (typeof GED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string | number>;
export type GedRow = Record<GedColumn, string | number>;
