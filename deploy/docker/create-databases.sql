-- One database per service (CONVENTIONS), created when the PostgreSQL container first starts.
CREATE DATABASE essor_registry;
CREATE DATABASE essor_programmes;
CREATE DATABASE essor_financing;
CREATE DATABASE essor_calendar;
CREATE DATABASE essor_evaluation;
