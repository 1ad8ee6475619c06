-- One role and one database per service, as the local stack creates them (deploy/local/platform).
CREATE ROLE plan LOGIN PASSWORD 'plan';
CREATE DATABASE plan OWNER plan ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE household LOGIN PASSWORD 'household';
CREATE DATABASE household OWNER household ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE funding LOGIN PASSWORD 'funding';
CREATE DATABASE funding OWNER funding ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE reporting LOGIN PASSWORD 'reporting';
CREATE DATABASE reporting OWNER reporting ENCODING 'UTF8' TEMPLATE template0;
