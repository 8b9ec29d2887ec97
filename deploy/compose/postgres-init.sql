-- One database per service. The postgres image runs this once, on an empty data volume.
CREATE DATABASE brigade_orders;
CREATE DATABASE brigade_billing;
CREATE DATABASE brigade_kitchen;
CREATE DATABASE brigade_pos_adapter;
CREATE DATABASE brigade_delivery_adapter;
CREATE DATABASE brigade_console;
