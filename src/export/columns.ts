/**
 * ACLED's current export columns, in ACLED's order (ACLED codebook; checked against ACLED's API
 * field list): 31 columns.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

/** UCDP GED-style columns: sides, place and date with UCDP precision codes, deaths by side and the estimates. */
export const UCDP_COLUMNS = [
  'id', 'year', 'type_of_violence', 'event_type', 'sub_event_type', 'side_a', 'side_b', 'country', 'iso3', 'adm_1',
  'where_coordinates', 'where_prec', 'latitude', 'longitude', 'date_start', 'date_end', 'date_prec',
  'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'low', 'high', 'source_article', 'articles',
] as const;
