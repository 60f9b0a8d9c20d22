CREATE TABLE search_terms (term text PRIMARY KEY, hits integer NOT NULL DEFAULT 0);

CREATE FUNCTION bump_term(p_term text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_terms (term, hits) VALUES (p_term, 1)
  ON CONFLICT (term) DO UPDATE SET hits = search_terms.hits + 1;
END;
$$;
