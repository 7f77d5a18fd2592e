-- The size of each establishment (INSEE tranche d'effectif salarié), from the imports' per-establishment column or a request.
ALTER TABLE establishment ADD COLUMN headcount_bracket text;
